"""Scaled: typeahead served from browser table, edge caches and replicated regional indexes fed by batch and trending pipelines; code completion on sticky GPU pools with KV offload."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.storage import Storage
from diagrams.onprem.analytics import Flink, Spark
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy, Nginx
from diagrams.onprem.queue import Kafka

with Diagram("Typeahead and code completion at scale", direction="LR"):
    browser = Users("Browser\n1-2 char table,\nlocal history")
    ide = Client("IDE extension\nlocal retrieval,\nsends edits only")
    with Cluster("Edge sites"):
        edge = Nginx("Prefix cache\n(locale, prefix),\nshort TTL")
    with Cluster("Each region"):
        suggest = Server("Suggest replicas\nfull index each,\ndenylist hot-load")
        gateway = Envoy("Completion gateway\nauth, quotas,\ncancel, affinity")
        gpus = Rack("GPU pools\nsmall model,\nKV in HBM + host RAM")
        metrics = Prometheus("Metrics\nshown, accepted,\nlatency; no code")
    with Cluster("Pipelines"):
        events = Kafka("Search events")
        trend = Flink("Trending\n1 h windows")
        daily = Spark("Daily build\ndecay, k-anonymity,\nclassifier")
        artifacts = Storage("Index artifacts\nper locale")

    browser >> Edge(label="3+ characters") >> edge >> Edge(label="miss") >> suggest
    ide >> Edge(label="HTTP/2, cancel") >> gateway >> Edge(label="session hash") >> gpus
    gateway >> Edge(style="dotted") >> metrics
    browser >> Edge(label="searches", style="dashed") >> events
    events >> daily >> artifacts
    events >> trend >> Edge(label="overlay") >> artifacts
    artifacts >> Edge(label="pull new\nversion", style="dotted") >> suggest
