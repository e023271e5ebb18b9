"""MVP of API abuse detection: inline key-status checks at the gateway, usage events, hourly batch rules, a review queue and one enforcement path."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Kafka

with Diagram("API abuse detection MVP", direction="LR"):
    dev = Client("Developer\nbackend")
    with Cluster("Request path"):
        gw = Nginx("API gateway\nauth, status,\ninline rules")
        status = Redis("Status store\nkey / org status,\nblocklists")
        models = Server("Model servers")
    with Cluster("Detection and enforcement"):
        log = Kafka("Usage events")
        batch = Server("Hourly batch\nrules (SQL)")
        cases = SQL("Cases, actions,\nappeals")
        analysts = Users("Analysts")
        enforce = Server("Enforcement\nservice")

    dev >> Edge(label="POST /v1/responses") >> gw
    gw >> Edge(label="1 read:\nstatus + counters") >> status
    gw >> Edge(label="allowed") >> models
    gw >> Edge(label="usage event", style="dashed") >> log
    log >> batch
    batch >> Edge(label="flags") >> cases
    analysts >> Edge(label="review,\ndecide") >> cases
    cases >> Edge(label="decision") >> enforce
    enforce >> Edge(label="throttle /\nsuspend", constraint="false") >> status
    enforce >> Edge(label="email, dashboard\nnotice", style="dashed", constraint="false") >> dev
