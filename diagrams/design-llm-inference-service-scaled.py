"""Scaled LLM inference: global routing, regional admission, cache-aware routers, pools per model, control loop."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy, Internet
from diagrams.onprem.queue import Kafka

LOOSE = {"constraint": "false"}

with Diagram("LLM inference service at scale", direction="LR"):
    clients = Users("API clients,\napps")
    dns = Internet("Global DNS /\nanycast\nnearest healthy region")
    with Cluster("Each region (3+)"):
        edge = Envoy("Edge\nTLS, auth,\nadmission by tier")
        limits = Redis("Token buckets\nrequests + tokens,\nlocal with sync")
        router = Server("Router\nmodel, KV headroom,\nprefix affinity")
        with Cluster("Pools"):
            small = Server("8B pool\nfallback")
            long = Server("Long-context\npool")
            big = Server("70B pool\nTP8 replicas,\nchunked prefill")
        control = Prometheus("Control loop\nautoscaler, ladder:\nshed, cap, reroute")
        store = Storage("Weights for\ncold starts: store\n+ node NVMe cache")
    usage = Kafka("Usage events\nto billing")

    clients >> dns >> Edge(label="HTTPS, SSE") >> edge
    edge >> Edge(label="debit", style="dashed") >> limits
    edge >> Edge(label="queue with\ndeadline") >> router
    router >> Edge(label="degrade") >> small
    router >> long
    router >> big
    big >> Edge(label="queue, TTFT,\nKV use", style="dotted") >> control
    control >> Edge(style="dashed", **LOOSE) >> edge
    store >> Edge(style="dotted", **LOOSE) >> big
    edge >> Edge(label="tokens used", minlen="2") >> usage
