"""Scaled Playground: regional stream gateways, sharded limiter, resume buffer, usage log and ledger."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import ClickHouse
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Envoy, Internet
from diagrams.onprem.queue import Kafka

LOOSE = {"constraint": "false"}

with Diagram("Playground at scale", direction="LR"):
    browser = Users("Browsers")
    edge = Internet("CDN (static UI)\n+ anycast L4")
    with Cluster("Each region"):
        web = Server("Playground backend\nsessions, presets")
        gateway = Envoy("Stream gateway\nadmit, coalesce,\ncancel, resume")
        limiter = Redis("Limiter shards\nby project")
        buffer = Redis("Resume buffer\nby run_id, 5 min")
        router = Server("Model router\npriority classes")
        models = Server("GPU pools\nper model")
    with Cluster("Accounting and state"):
        log = Kafka("Usage log\nby project")
        ledger = ClickHouse("Usage ledger\ndedupe on run_id")
        state = SQL("Presets, history,\nshare links\n(sharded by user)")

    browser >> Edge(label="HTTP/2") >> edge >> web >> gateway
    gateway >> Edge(label="reserve / settle") >> limiter
    gateway >> Edge(label="run_id") >> router >> models
    models >> Edge(label="final usage", style="dashed") >> log
    gateway >> Edge(label="deltas") >> buffer
    log >> Edge(label="idempotent\nupsert") >> ledger
    web >> Edge(style="dashed", **LOOSE) >> state
