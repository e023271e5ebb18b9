"""Scaled proximity search: in-memory geo index replicas fed by a change log, writes on a sharded store, models off the hot path."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Kafka

with Diagram("Proximity search at scale", direction="TB"):
    users = Users("Users and\nowners")
    cdn = Nginx("CDN edge\nphotos, static")
    with Cluster("Read path (every region)"):
        search = Server("Search + rank\ncovering, filters,\nsecond stage")
        index = Server("Geo index replicas\nS2 cells in RAM,\nranking payload")
        cache = Redis("Page and\ncandidate cache")
        llm = Server("GPU pool\nNL parse, re-rank")
    with Cluster("Write path (home region)"):
        writes = Server("Place + review API\nedits, reviews,\nphoto uploads")
        db = SQL("Place + review DB\nsharded by place id")
        blob = Storage("Blob store\nphotos")
    with Cluster("Pipelines"):
        log = Kafka("Change log\n(CDC)")
        builder = Server("Index builder\nsnapshot + deltas")
        trust = Server("Trust + safety\nfake-review scoring,\nbatch summaries")

    users >> Edge(label="images") >> cdn
    cdn >> Edge(label="miss", style="dashed") >> blob
    users >> Edge(label="search") >> search
    search >> Edge(label="cells") >> index
    search >> Edge(label="hits") >> cache
    search >> Edge(label="NL queries", style="dashed") >> llm
    users >> Edge(label="writes") >> writes
    writes >> db
    writes >> Edge(style="dashed") >> blob
    db >> Edge(label="row changes") >> log
    log >> builder
    builder >> Edge(label="deltas", constraint="false") >> index
    log >> Edge(label="new reviews") >> trust
    trust >> Edge(label="verdicts,\nsummaries", style="dashed", constraint="false") >> db
