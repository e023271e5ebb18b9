"""MVP of the LLM inference service: one region, one gateway, a small pool of TP8 replicas."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy

with Diagram("LLM inference service MVP", direction="LR"):
    client = Client("API clients")
    with Cluster("One region"):
        gateway = Envoy("Gateway\nauth, token buckets,\nqueue with deadline")
        router = Server("Router\nleast outstanding\ntokens")
        engines = Server("70B engines\n4 replicas x 8 H100\ncontinuous batching,\npaged KV")
        limits = Redis("Limits\nRPM and TPM\nper org")
        usage = SQL("Usage log\ntokens per\nrequest")
        weights = Storage("Model store\nweights")
        metrics = Prometheus("Metrics\nTTFT, TPOT,\nqueue, KV use")

    client >> Edge(label="POST, then\nSSE tokens back") >> gateway
    gateway >> Edge(label="admitted") >> router >> Edge(label="prompt;\ntokens back") >> engines
    gateway >> Edge(label="check, debit", style="dashed") >> limits
    gateway >> Edge(label="usage", style="dashed") >> usage
    weights >> Edge(label="load at start", style="dotted") >> engines
    engines >> Edge(style="dotted") >> metrics
