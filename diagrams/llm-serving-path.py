"""One LLM request through the serving path, with where each control lives."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy

with Diagram("LLM serving path", direction="LR"):
    client = Client("Client / SDK\nbackoff on 429")
    with Cluster("Region"):
        edge = Envoy("Edge gateway\nauth, tokenize,\ntoken budgets")
        limits = Redis("Per-tenant\ntoken buckets")
        router = Server("Router\nprefix affinity,\nload-aware")
        with Cluster("GPU replicas (TP8 each)"):
            engine = Rack("Engine\ncontinuous batching,\npaged KV cache")
        metrics = Prometheus("Metrics\ntokens/s, KV use,\nqueue wait")
        scaler = Server("Autoscaler\nwarm pool")
        weights = Storage("Weight cache\n(local NVMe)")

    client >> Edge(label="request") >> edge
    edge >> Edge(label="check / debit") >> limits
    edge >> Edge(label="admitted") >> router
    edge >> Edge(label="429 + Retry-After", style="dashed") >> client
    router >> Edge(label="bounded queue") >> engine
    engine >> Edge(label="stream tokens", style="dashed") >> client
    engine >> metrics
    metrics >> scaler
    scaler >> Edge(label="add replica") >> engine
    weights >> Edge(label="cold start") >> engine
