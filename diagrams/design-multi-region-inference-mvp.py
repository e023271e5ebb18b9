"""MVP of multi-region inference: two active regions behind health-checked GeoDNS, each a full copy."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.network import Envoy, Internet
from diagrams.onprem.queue import Kafka

with Diagram("Multi-region inference MVP", direction="LR"):
    users = Users("Apps and\nAPI clients")
    dns = Internet("GeoDNS\nhealth-checked,\n60 s TTL")
    with Cluster("Region A (active)"):
        gw_a = Envoy("Gateway\nauth, limits:\nhalf of each org's")
        gpu_a = Rack("70B pool\nTP8 replicas,\nlocal prefix cache")
        db_a = SQL("Conversations\nprimary")
    with Cluster("Region B (active)"):
        gw_b = Envoy("Gateway\nauth, limits:\nhalf of each org's")
        gpu_b = Rack("70B pool\nTP8 replicas,\nlocal prefix cache")
        db_b = SQL("Conversations\nasync replica,\n~1 s behind")
    usage = Kafka("Usage events\nto billing, keyed\nby request id")

    users >> dns
    dns >> Edge(label="nearest healthy") >> gw_a
    dns >> Edge(label="nearest healthy") >> gw_b
    gw_a >> Edge(label="prompt; SSE back") >> gpu_a
    gw_b >> Edge(label="prompt; SSE back") >> gpu_b
    gw_a >> Edge(label="history") >> db_a
    gw_b >> Edge(label="reads; writes go to A", style="dashed") >> db_b
    db_a >> Edge(style="dotted", constraint="false") >> db_b
    gpu_a >> Edge(label="tokens used", style="dashed") >> usage
    gpu_b >> Edge(label="tokens used", style="dashed") >> usage
