"""MVP of the model-serving platform: a registry, one deployment per model, multi-LoRA on one base pool."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy

with Diagram("Model-serving platform MVP", direction="LR"):
    clients = Users("API clients\n(tenants)")
    with Cluster("One region"):
        gateway = Envoy("Gateway\nauth, alias ->\nversion, route")
        registry = SQL("Model registry\nversions, aliases,\nadapters, ACLs")
        deployer = Server("Deployer\none deployment\nper model version")
        with Cluster("GPU deployments"):
            base8 = Server("8B base\n+ LoRA adapters")
            base70 = Server("70B base\nTP8")
            tunes = Server("Fine-tunes\n1+ GPU each")
        store = Storage("Object store\nweights, adapters")
        metrics = Prometheus("Metrics\nper version")

    clients >> Edge(label="POST /v1/chat\nmodel=alias") >> gateway
    gateway >> Edge(label="resolve", style="dashed") >> registry
    gateway >> base8
    gateway >> base70
    gateway >> tunes
    deployer >> Edge(label="desired state", style="dashed") >> registry
    store >> Edge(label="load at start", style="dotted") >> base70
    base8 >> Edge(label="TTFT, errors", style="dotted") >> metrics
