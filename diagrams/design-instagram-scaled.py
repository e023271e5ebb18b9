"""Instagram at scale: resumable upload service, a processing and safety pipeline with GPUs, tiered blob storage, shielded CDN, sharded metadata, hybrid feed fan-out."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.device import Mobile
from diagrams.generic.storage import Storage
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Qdrant
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Kafka

with Diagram("Instagram at scale", direction="LR"):
    app = Mobile("Mobile app")
    with Cluster("CDN"):
        edge = Nginx("Edge PoPs\nverify signature,\ncollapse misses")
        shield = Nginx("Regional\nshields")
    with Cluster("Write path"):
        upload = Server("Upload service\nresumable chunks")
        proc = Server("Processing\nrenditions, EXIF strip,\nPDQ match")
        gpu = Server("GPU pool\nsafety, embeddings,\nalt text, generation")
    blob = Storage("Blob store\nhot 3x, warm\ngeo erasure-coded")
    events = Kafka("Post events")
    with Cluster("Read path"):
        api = Server("Feed and post API\nsigns media URLs")
        feeds = Redis("Feed caches,\nsharded counters")
        meta = SQL("Sharded metadata\nposts, follows,\nlikes, comments")
        vec = Qdrant("Vector index")

    app >> Edge(label="chunks") >> upload >> Edge(label="original") >> blob
    upload >> proc
    proc >> Edge(label="classify, embed,\ncaption") >> gpu
    proc >> Edge(label="renditions") >> blob
    proc >> Edge(label="ready + safe") >> events
    events >> Edge(label="fan-out to\nactive followers") >> feeds
    gpu >> Edge(style="dashed") >> vec
    app >> Edge(label="feed") >> api
    api >> feeds
    api >> meta
    app >> Edge(label="images", color="firebrick") >> edge
    edge >> Edge(label="miss", style="dotted") >> shield
    shield >> Edge(label="miss", style="dotted") >> blob
