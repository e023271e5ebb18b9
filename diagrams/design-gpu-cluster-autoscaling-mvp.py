"""MVP GPU autoscaling: one region, one 70B pool, a custom-metrics HPA and a cluster autoscaler on on-demand nodes."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.k8s.clusterconfig import HPA
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy

with Diagram("GPU autoscaling MVP", direction="LR"):
    clients = Users("API clients")
    with Cluster("One region, one Kubernetes cluster"):
        gateway = Envoy("Gateway + router\nadmission, queue,\nowns the stream")
        with Cluster("70B pool (TP8, one node each)"):
            pool = Server("Engine replicas\nmin 4, drain 300 s")
        metrics = Prometheus("Metrics\nqueue wait, tokens/s,\nKV use, TTFT")
        hpa = HPA("HPA on\ncustom metrics\n70% of capacity")
        nodes = Server("Cluster autoscaler\non-demand\n8-GPU nodes")
    store = Storage("Object store\n70B weights")

    clients >> Edge(label="HTTPS, SSE") >> gateway
    gateway >> Edge(label="least\noutstanding tokens") >> pool
    pool >> Edge(label="scrape", style="dotted") >> metrics
    metrics >> Edge(label="desired\nreplicas") >> hpa
    hpa >> Edge(label="pending pods", style="dashed") >> nodes
    nodes >> Edge(label="new node\n(minutes)", style="dashed") >> pool
    store >> Edge(label="load at start", style="dotted") >> pool
