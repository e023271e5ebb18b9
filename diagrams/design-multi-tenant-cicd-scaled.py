"""Scaled multi-tenant CI/CD: global control plane, cells with fair dispatch and microVM hosts."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.network import Firewall
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.queue import Kafka
from diagrams.onprem.security import Vault
from diagrams.onprem.vcs import Git

with Diagram("Multi-tenant CI/CD at scale", direction="TB"):
    git = Git("Git events")
    with Cluster("Global control plane"):
        engine = Server("Pipeline engine\nDAG, job states,\ncancel, retry")
        db = SQL("Run store\nsharded by org")
        secrets = Vault("Secrets + OIDC\nper-org keys")
        usage = SQL("Usage ledger\nrunner-seconds")
    with Cluster("Cell (one of 16)"):
        sched = Server("Fair dispatcher\nper-org queues,\nweights, caps")
        scaler = Server("Autoscaler\nadmissible depth,\nwarm slots")
        hosts = Server("Bare-metal hosts\none microVM per job")
        logs = Kafka("Log stream\nby job")
        cache = Storage("Host cache +\ncell CAS store")
        egress = Firewall("Egress policy\ninternet only")
    people = Users("Developers\nlive UI")

    git >> Edge(label="push, PR") >> engine
    engine >> Edge(label="states") >> db
    engine >> sched
    sched >> Edge(label="assign (push)") >> hosts
    scaler >> Edge(label="hosts, slots") >> hosts
    hosts >> Edge(label="log chunks") >> logs >> Edge(label="SSE") >> people
    hosts >> Edge(label="restore, upload") >> cache
    hosts >> egress
    secrets >> Edge(label="job-scoped\nsecrets", style="dashed") >> hosts
    hosts >> Edge(label="seconds", style="dashed") >> usage
