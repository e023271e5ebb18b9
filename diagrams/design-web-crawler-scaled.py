"""Scaled web crawler: host-partitioned crawler nodes, link exchange over a log, dedup and a training-data pipeline with provenance."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.analytics import Spark
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Internet
from diagrams.onprem.queue import Kafka

with Diagram("Web crawler at scale", direction="LR"):
    web = Internet("Web servers")
    owners = Users("Site owners\nopt-outs, removals")
    with Cluster("Crawler node x N (owns hash(host) partition)"):
        frontier = Server("Frontier\npriority queues +\nper-host queues")
        fetch = Server("Fetchers\nrobots + DNS cache,\nadaptive rate")
        seen = Server("URL-seen\n64-bit fingerprints")
    links = Kafka("Link exchange\nby host partition")
    blob = Storage("Blob storage\nWARC, text")
    dedup = Spark("Dedup + filters\nexact, MinHash,\nquality, PII")
    meta = SQL("Provenance store\nURL, time, robots,\nlicence, lineage")
    registry = SQL("Opt-out and\nremoval registry")
    builder = Spark("Training-set\nbuilder")

    frontier >> fetch
    fetch >> Edge(label="polite GETs") >> web
    fetch >> Edge(label="WARC") >> blob
    fetch >> Edge(label="outlinks") >> links
    links >> Edge(label="new for\nmy hosts?") >> seen
    seen >> Edge(label="enqueue") >> frontier
    blob >> dedup
    dedup >> Edge(label="per-document\nrecords") >> meta
    owners >> Edge(label="requests") >> registry
    registry >> Edge(label="block host/URL", style="dashed") >> frontier
    meta >> Edge(label="eligible docs") >> builder
    registry >> Edge(label="exclude at build", style="dashed") >> builder
