"""Scaled LLM observability: edge pre-aggregation, a regional log, global stores split by question, out-of-band checks."""

from diagrams import Cluster, Diagram, Edge
from diagrams.onprem.aggregator import Vector
from diagrams.onprem.client import User, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import ClickHouse
from diagrams.onprem.monitoring import Mimir
from diagrams.onprem.network import Envoy, Internet
from diagrams.onprem.queue import Kafka
from diagrams.onprem.tracing import Tempo

with Diagram("LLM observability at scale", direction="LR"):
    customers = Users("Customers")
    prober = Internet("External probes\nstream checks\nfrom outside")
    with Cluster("Each region"):
        gateway = Envoy("Gateways\nsketches per\norg x model x min")
        engines = Server("Engines + GPUs\nKV, batch, MBU,\nXID errors")
        agent = Vector("Node agents\nredact, batch,\npre-aggregate")
        log = Kafka("Telemetry log\nbuffer, replay")
        sampler = Tempo("Sampling tier\nby trace id;\nwait for stream end")
    with Cluster("Global"):
        metrics = Mimir("Metrics store\nsharded, 13 months")
        olap = ClickHouse("Events + rollups\nsharded by org")
        alerting = Server("SLO and anomaly\nburn rates,\nbaselines")
        usage_api = Server("Usage and\nlatency API\nrow-level access")
    oncall = User("On-call")

    gateway >> Edge(style="dotted") >> agent
    engines >> Edge(style="dotted") >> agent
    agent >> log
    log >> Edge(label="events") >> olap
    log >> Edge(label="spans") >> sampler
    agent >> Edge(label="remote write", style="dashed") >> metrics
    metrics >> alerting
    olap >> Edge(style="dashed") >> alerting
    alerting >> Edge(label="page / ticket") >> oncall
    prober >> Edge(style="dashed") >> gateway
    prober >> Edge(label="heartbeat", style="dashed") >> alerting
    usage_api >> Edge(style="dashed") >> olap
    customers >> Edge(label="their org only") >> usage_api
