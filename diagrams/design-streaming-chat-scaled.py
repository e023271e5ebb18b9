"""Scaled streaming chat: stateless gateways, orchestrators that own generations, a per-stream token log."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Envoy, HAProxy

# Invisible edges only place nodes: the token log and the control channel sit in the same
# column as the orchestrators, below them, so the arrows between the three tiers stay short.
PLACE = {"style": "invis"}

with Diagram("Streaming chat at scale", direction="LR"):
    users = Users("Clients\nSSE or WebSocket")
    with Cluster("One of three regions"):
        l4 = HAProxy("L4 balancers\ntoken bucket\nbefore TLS")
        gw = Envoy("Gateways\nTLS, auth, heartbeats,\nresume from offset")
        orch = Server("Orchestrators\none lease per stream,\ncoalesce 100 ms")
        log = Redis("Token log\nper stream id,\nTTL after done")
        ctl = Redis("Control channel\ncancel by stream id")
        gpu = Rack("Model servers\ncontinuous batching")
        db = SQL("Conversation store\nby conversation id")

    users >> Edge(label="HTTP/2 + TLS") >> l4 >> gw
    gw >> Edge(label="start") >> orch >> Edge(label="generate,\nabort") >> gpu
    gw >> Edge(**PLACE) >> ctl
    gw >> Edge(**PLACE) >> log
    orch >> Edge(xlabel="append", constraint="false") >> log
    log >> Edge(xlabel="read after offset", style="dashed", constraint="false") >> gw
    gw >> Edge(xlabel="cancel", style="dashed", constraint="false") >> ctl
    ctl >> Edge(style="dashed", constraint="false") >> orch
    orch >> Edge(label="final text") >> db
