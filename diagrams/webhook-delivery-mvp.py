"""MVP of the webhook delivery platform: one relational store doubles as the delivery queue."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Internet

with Diagram("Webhook delivery MVP", direction="LR"):
    publisher = Client("Tenant service\n(publisher)")
    tenant = Users("Tenant\ndashboard")
    with Cluster("Webhook platform (one region)"):
        api = Server("Events API\nauth, idempotency,\nfan-out")
        db = SQL("Relational DB\nevents, deliveries,\nattempts")
        workers = Server("Delivery workers\nlease, sign, send")
    endpoint = Internet("Subscriber\nendpoint")

    publisher >> Edge(label="POST /v1/events") >> api
    tenant >> Edge(label="history, replay") >> api
    api >> Edge(label="1 transaction:\nevent + delivery rows") >> db
    workers >> Edge(label="claim due rows\n(SKIP LOCKED)") >> db
    workers >> Edge(label="signed POST,\n30 s timeout", minlen="2") >> endpoint
    workers >> Edge(label="attempt row,\nnext_attempt_at", style="dashed") >> db
