"""Scaled vector store: ingest log, separate GPU pools, tenant-partitioned search shards with replicas."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.queue import Kafka
from diagrams.onprem.security import Vault

with Diagram("Vector store at scale", direction="LR"):
    app = Client("Tenants")
    with Cluster("Each region"):
        api = Server("Store API\nquotas, status")
        log = Kafka("Ingest log\nupserts, deletes")
        ingest = Rack("Ingest GPU pool\nbucketed batches")
        router = Server("Query planner\nroute, filter plan,\nmerge, re-rank")
        qgpu = Rack("Query GPU pool\n5 ms batches")
        with Cluster("Search shards x3 replicas"):
            shards = Server("Tenant partitions\nmutable + sealed\nsegments")
        meta = SQL("Metadata store\ndocs, tombstones,\nsegment map")
    with Cluster("Durable and control"):
        blob = Storage("Object store\ntext, fp16 vectors,\nsnapshots")
        ctl = Server("Control plane\nplacement, compaction,\nre-embed runs")
        kms = Vault("Per-tenant keys")

    app >> api
    api >> Edge(label="append") >> log
    log >> Edge(label="embed") >> ingest
    ingest >> Edge(label="vectors") >> shards
    api >> Edge(label="search") >> router
    router >> Edge(label="embed query", style="dashed") >> qgpu
    router >> Edge(label="1 partition or\nscatter-gather") >> shards
    shards >> Edge(label="re-rank reads", style="dashed") >> blob
    log >> Edge(label="status,\ntombstones", style="dashed") >> meta
    ctl >> Edge(label="seal, purge,\nrebuild") >> shards
    ctl >> Edge(style="dashed") >> meta
    blob >> Edge(label="wrapped keys", style="dashed") >> kms
