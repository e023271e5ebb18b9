"""Scaled URL shortener: CDN in front of regional redirect tiers, counter ranges for keys, scanning and clicks off the hot path."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import ClickHouse
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Etcd, Nginx
from diagrams.onprem.queue import Kafka

with Diagram("URL shortener at scale", direction="LR"):
    clickers = Users("People and\nfetchers clicking")
    creator = Client("Creators,\nAPI keys, agents")
    edge = Nginx("CDN edge\n302 cached 60 s,\nlogs streamed")
    with Cluster("Each region (reads)"):
        redirect = Server("Redirect service\nin-process LRU")
        cache = Redis("Regional cache\nhot links")
        kv = Storage("Key-value store\nreplica of all links")
    with Cluster("Home region (writes)"):
        create = Server("Create API\nvalidate, quota,\nscramble key")
        ranges = Etcd("Range allocator\nblocks of ids")
        scan = Server("Scan + preview\nworkers\nlist, classifier,\nmodel")
    with Cluster("Clicks"):
        log = Kafka("Click log")
        agg = Server("Stream aggregator\nbot filter, counts")
        olap = ClickHouse("Click store")

    clickers >> Edge(label="GET /{key}") >> edge
    edge >> Edge(label="edge miss") >> redirect
    redirect >> Edge(label="miss") >> cache
    cache >> Edge(label="miss") >> kv
    creator >> Edge(label="POST /links") >> create
    create >> Edge(label="next block", style="dashed") >> ranges
    create >> Edge(label="put row\n(async replicate)") >> kv
    create >> Edge(label="scan job", style="dashed") >> scan
    scan >> Edge(label="verdict,\nsummary", style="dashed") >> kv
    edge >> Edge(label="edge logs", style="dashed") >> log
    redirect >> Edge(label="click events", style="dashed") >> log
    log >> agg >> olap
