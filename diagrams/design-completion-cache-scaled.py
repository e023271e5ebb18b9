"""Scaled completion caching: cache-aware routing groups, tiered KV, scoped exact and semantic caches, versioned keys."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Qdrant
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy
from diagrams.onprem.queue import Kafka

LOOSE = {"constraint": "false"}

with Diagram("Completion caching at scale", direction="LR"):
    clients = Users("API clients,\nChatGPT")
    with Cluster("Each region"):
        edge = Envoy("Edge\nauth, key = HMAC(org,\nmodel, params, prompt)")
        exact = Redis("Exact cache\nsharded by org")
        semantic = Qdrant("Semantic cache\nopt-in, per org\n+ template version")
        router = Server("Cache-aware router\ntemplate group,\nthen conversation")
        with Cluster("Replica group per hot template"):
            engines = Server("Engines\nHBM prefix cache")
            host = Storage("Host DRAM\nKV tier")
        control = Kafka("Version bus\nmodel, template,\ndeletions")
        metrics = Prometheus("Hit rates,\nfalse-hit audits,\nTTFT by hit")

    clients >> Edge(label="HTTPS, SSE") >> edge
    edge >> Edge(label="1 exact", style="dashed") >> exact
    edge >> Edge(label="2 semantic", style="dashed") >> semantic
    edge >> Edge(label="miss") >> router >> engines
    engines >> Edge(label="evict / reload", forward=True, reverse=True) >> host
    control >> Edge(style="dotted", **LOOSE) >> edge
    control >> Edge(style="dotted", **LOOSE) >> router
    engines >> Edge(style="dotted") >> metrics
