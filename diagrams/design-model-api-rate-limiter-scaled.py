"""Scaled model API rate limiter: sharded buckets, leases for hot orgs, concurrency limits at the model tier."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Kafka

with Diagram("Model API rate limiter at scale", direction="LR"):
    client = Client("Client SDKs")
    with Cluster("Each region"):
        gw = Nginx("Gateways\nlocal leases,\nfallback buckets")
        quota = Server("Quota service\nleases for\nhot orgs")
        shards = Redis("Bucket shards\nhash tag {org}")
        sched = Server("Model router\npriority tiers,\nconcurrency caps")
        models = Server("GPU pools\nper model")
    with Cluster("Control and accounting"):
        limits = SQL("Limits and tiers\n(source of truth)")
        usage = Kafka("Usage events\nper request")
        abuse = Server("Abuse scoring\nkey sharing,\nsybil clusters")

    client >> gw
    gw >> Edge(label="small orgs:\nscript per request") >> shards
    gw >> Edge(label="hot orgs: lease\nevery 2 s") >> quota
    quota >> Edge(label="debit\nsub-buckets") >> shards
    gw >> Edge(label="admitted") >> sched >> models
    gw >> Edge(label="actual tokens", style="dashed") >> usage >> abuse
    abuse >> Edge(label="lower limit,\nsuspend key", style="dashed") >> limits
    limits >> Edge(label="push changes", style="dashed") >> gw
