"""MVP of the URL shortener: one region, stateless servers, a relational table behind a cache, clicks on a log."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import ClickHouse
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Internet
from diagrams.onprem.queue import Kafka

with Diagram("URL shortener MVP", direction="LR"):
    creator = Client("Creator\n(app or API)")
    clickers = Users("People\nclicking links")
    with Cluster("One region"):
        app = Server("Stateless servers\ncreate + redirect")
        cache = Redis("Cache\nkey -> URL")
        db = SQL("Links table\nsequence, replicas")
        log = Kafka("Click log")
        agg = Server("Aggregator\nper-link counts")
        olap = ClickHouse("Click store\ncolumnar")
    dest = Internet("Destination\nsite")

    creator >> Edge(label="POST /links") >> app
    clickers >> Edge(label="GET /{key}") >> app
    app >> Edge(label="miss: read,\nthen fill") >> cache
    app >> Edge(label="insert row,\nread on miss") >> db
    app >> Edge(label="click event,\nasync", style="dashed") >> log >> agg >> olap
    clickers >> Edge(label="browser follows\n302 Location", style="dashed") >> dest
