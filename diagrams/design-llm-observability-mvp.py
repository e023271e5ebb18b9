"""MVP observability for an LLM API: one region, three telemetry paths (metrics, wide events, sampled traces)."""

from diagrams import Cluster, Diagram, Edge
from diagrams.onprem.client import Client, User
from diagrams.onprem.compute import Server
from diagrams.onprem.database import ClickHouse
from diagrams.onprem.monitoring import Grafana, Prometheus
from diagrams.onprem.network import Envoy
from diagrams.onprem.tracing import Tempo

with Diagram("LLM observability MVP", direction="LR"):
    client = Client("API clients")
    oncall = User("On-call")
    with Cluster("One region"):
        gateway = Envoy("Gateway\nTTFT, tokens, status;\none wide event\nper request")
        engines = Server("Engines + DCGM\nqueue, prefill,\nKV use, batch")
        prom = Prometheus("Prometheus x2\nno org label;\nburn-rate rules")
        olap = ClickHouse("Wide events\ncolumnar, 30 days,\nper-org queries")
        collector = Tempo("Trace collector\nkeep errors, slow,\n1% of the rest")
        grafana = Grafana("Dashboards and\nusage API\n(own org only)")

    client >> Edge(label="POST; SSE\ntokens back") >> gateway
    gateway >> Edge(label="route") >> engines
    prom >> Edge(label="scrape 15 s", style="dashed") >> gateway
    prom >> Edge(style="dashed") >> engines
    gateway >> Edge(label="events,\nbatched", style="dotted") >> olap
    gateway >> Edge(label="spans", style="dotted") >> collector
    engines >> Edge(style="dotted") >> collector
    prom >> Edge(label="pages") >> oncall
    grafana >> Edge(style="dashed") >> prom
    grafana >> Edge(style="dashed") >> olap
