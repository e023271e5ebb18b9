"""MVP webhook receiver: one endpoint verifies and stores, one relational database is inbox, queue and dedupe."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Internet

with Diagram("Webhook receiver MVP", direction="LR"):
    providers = Internet("Providers\nGitHub, Stripe,\nShopify ...")
    with Cluster("Our integration service (one region)"):
        ingress = Server("Webhook endpoint\nverify HMAC,\ninsert, 2xx")
        db = SQL("Relational DB\ninbox with unique\nevent id; business\ntables")
        workers = Server("Workers\napply with\nversion check")
    provider_api = Internet("Provider APIs\nrefetch,\nredeliver")
    customers = Users("Customers'\nintegration page:\nevent log, replay")

    providers >> Edge(label="signed POST") >> ingress
    ingress >> Edge(label="1 insert:\nraw body + id") >> db
    db >> Edge(label="pending rows\n(SKIP LOCKED)") >> workers
    workers >> Edge(label="fetch current\nstate", style="dashed") >> provider_api
    customers >> Edge(style="dashed") >> db
