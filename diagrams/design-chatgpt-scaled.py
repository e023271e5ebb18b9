"""ChatGPT-like assistant at scale: stream relay split from generation, tiered admission, cache-aware routing."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.generic.network import Firewall
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Envoy
from diagrams.onprem.queue import Kafka

# Top band: one turn from the client to the GPUs and back. Bottom band: state and checks.
# LOOSE edges do not push nodes rightwards (Graphviz "constraint=false") and carry no label.
LOOSE = {"constraint": "false"}

with Diagram("ChatGPT-like assistant at scale", direction="LR"):
    users = Users("Clients")
    edge = Firewall("Global edge\nTLS, geo-routing")
    with Cluster("Serve a turn (every region)"):
        gw = Server("Stream gateways\nSSE relay, resume")
        orch = Server("Orchestrator\ncontext assembly,\nmoderation gates")
        admit = Envoy("Admission + router\ntiers, queues,\naffinity")
        big = Rack("70B pool")
        small = Rack("8B pool\nfallback, summaries")
        buf = Redis("Stream buffer\nby message, seq")
    with Cluster("State and checks"):
        mod = Server("Moderation\ninput, output chunks")
        db = SQL("Conversations\nsharded by user_id")
        blobs = Storage("Object store\nattachments")
        jobs = Kafka("Async jobs\ntitles, memory,\nexport if opted in")

    users >> edge >> gw >> orch >> admit
    admit >> big
    admit >> small
    big >> Edge(style="dashed") >> buf
    small >> Edge(style="dashed") >> buf
    buf >> Edge(style="dashed", **LOOSE) >> gw
    orch >> Edge(**LOOSE) >> mod
    orch >> Edge(**LOOSE) >> db
    orch >> Edge(**LOOSE) >> blobs
    mod >> Edge(style="invis") >> blobs >> Edge(style="invis") >> db
    db >> Edge(label="change feed") >> jobs
