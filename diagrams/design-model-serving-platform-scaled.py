"""Scaled model-serving platform: residency-aware routing, placement controller, three kinds of pool, tiered weights."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy
from diagrams.onprem.queue import Kafka

LOOSE = {"constraint": "false"}

with Diagram("Model-serving platform at scale", direction="LR"):
    clients = Users("Tenants,\napps")
    registry = SQL("Registry\naliases, canary\nweights, adapters")
    placer = Server("Placement\ncontroller\nbin-pack, keep-alive")
    store = Storage("Object store\nsigned weights")
    with Cluster("Each region"):
        edge = Envoy("Edge\nauth, tenant,\nalias -> version")
        router = Server("Router\nresidency-aware,\nper-model queues")
        cache = Storage("Node DRAM/NVMe\n+ peer fan-out")
        with Cluster("GPU pools"):
            head = Server("Head pools\n70B, 405B FP8,\n8B, MoE")
            lora = Server("LoRA pools\nshared base,\nadapter affinity")
            tail = Server("Multiplexed pool\nsleeping engines,\nDRAM weights")
    canary = Prometheus("Canary analyser\ncompare, roll back")
    usage = Kafka("Usage events")

    clients >> Edge(label="HTTPS, SSE") >> edge >> router
    registry >> Edge(label="routing table", style="dashed") >> edge
    placer >> Edge(label="where each\nmodel lives", style="dashed") >> router
    router >> head
    router >> Edge(label="adapter id") >> lora
    router >> Edge(label="wake on\ndemand") >> tail
    store >> Edge(style="dotted") >> cache
    cache >> Edge(style="dotted") >> tail
    head >> Edge(label="TTFT, errors,\nevals", style="dotted") >> canary
    canary >> Edge(style="dashed", **LOOSE) >> registry
    lora >> Edge(label="tokens", style="dotted") >> usage
