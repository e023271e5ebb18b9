"""Question-and-answer site at scale: pre-rendered pages for logged-out traffic, a partitioned question store, an event log feeding counters, search, the ANN index and the answer writer."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Cassandra, Qdrant
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Internet, Nginx
from diagrams.onprem.queue import Kafka
from diagrams.onprem.search import Solr

with Diagram("Question and answer site at scale", direction="LR"):
    readers = Internet("Logged-out readers\nand crawlers")
    members = Users("Members")
    cdn = Nginx("CDN edge + shield\npurge on change")
    with Cluster("Serving"):
        snaps = Storage("Pre-rendered\npages")
        api = Server("Page and API\nservices")
        counters = Redis("Counters\nvotes, views")
        store = Cassandra("Question store\npartitioned by\nquestion id")
    events = Kafka("Event log")
    with Cluster("Derived views, fed by the log"):
        workers = Server("Renderer (pages on\nchange), feed,\nnotifications,\nmoderation")
        search = Solr("Inverted index")
        ann = Qdrant("Question\nembeddings (ANN)")
        writer = Server("Answer writer\nGPU pool, cites\nhuman answers")

    readers >> Edge(label="GET /q/slug") >> cdn
    cdn >> Edge(label="miss") >> snaps
    members >> Edge(label="personal pages,\nwrites") >> api
    api >> Edge(label="beacons, votes") >> counters
    api >> Edge(label="writes") >> store
    api >> Edge(style="dashed", constraint="false") >> ann
    store >> Edge(label="changes") >> events
    events >> workers
    events >> search
    events >> ann
    events >> writer
    workers >> Edge(style="dashed", constraint="false") >> snaps
    writer >> Edge(style="dashed", constraint="false") >> store
