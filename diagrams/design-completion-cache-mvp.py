"""MVP completion caching: prefix cache in the engines with org-salted affinity routing, an opt-in exact cache."""

from diagrams import Cluster, Diagram, Edge
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy

with Diagram("Completion caching MVP", direction="LR"):
    client = Client("API clients")
    with Cluster("One region"):
        gateway = Envoy("Gateway\nauth, canonical key,\nsingle-flight")
        exact = Redis("Exact cache\nopt-in, per org,\nTTL 24 h")
        router = Server("Router\nhash(org, prefix)\nbounded load")
        engines = Server("70B engines\nprefix cache in HBM,\nsalt = org")
        metrics = Prometheus("Metrics\ncached tokens,\nhit rates")

    client >> Edge(label="POST; SSE back") >> gateway
    gateway >> Edge(label="lookup / fill", style="dashed") >> exact
    gateway >> Edge(label="miss") >> router >> Edge(label="home replica") >> engines
    engines >> Edge(style="dotted") >> metrics
