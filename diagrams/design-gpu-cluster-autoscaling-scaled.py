"""Scaled GPU autoscaling: forecast plus reactive control, tiered capacity, peer weight loading, packing-aware placement."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy

with Diagram("GPU autoscaling at scale", direction="LR"):
    clients = Users("API clients")
    with Cluster("Each region"):
        gateway = Envoy("Gateway\nadmission, shedding,\nresume on new replica")
        with Cluster("Per-model pools"):
            serving = Server("Serving replicas\nset point on\nmeasured capacity")
            standby = Server("Standbys\nserving batch tier,\nyield in seconds")
        warm = Rack("Warm nodes\nbooted, any model,\nweights on NVMe")
        control = Prometheus("Control loop\nforecast floor +\nreactive on pressure")
        placer = Server("Placement\nbest fit, drain\nemptiest node first")
        weights = Storage("Weight fabric\nNVMe cache +\npeer RDMA copy")
    capacity = Rack("Capacity manager\nreserved base,\non-demand, spot")
    origin = Storage("Object store\n(origin)")

    clients >> Edge(label="HTTPS, SSE") >> gateway
    gateway >> Edge(label="interactive") >> serving
    gateway >> Edge(label="batch", style="dashed") >> standby
    serving >> Edge(label="queue, KV,\ntokens/s", style="dotted") >> control
    control >> Edge(label="promote,\nadd, drain") >> placer
    placer >> Edge(label="load model") >> warm
    capacity >> Edge(label="nodes", style="dashed") >> warm
    control >> Edge(label="buy / release", style="dashed") >> capacity
    origin >> Edge(style="dotted") >> weights
    serving >> Edge(label="peer copy\nsource", style="dotted") >> weights
    weights >> Edge(label="seconds", style="dotted") >> warm
