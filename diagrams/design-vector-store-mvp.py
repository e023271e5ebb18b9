"""MVP of the vector store: one Postgres primary with pgvector, one GPU embedding server with dynamic batching."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server

with Diagram("Vector store MVP", direction="LR"):
    app = Client("Tenant app\nor assistant")
    with Cluster("One region"):
        api = Server("Store API\nauth, tenant id,\nchunking")
        workers = Server("Ingest workers\nclaim jobs,\nembed, upsert")
        embed = Rack("Embedding server\nGPU, batching")
        pg = SQL("Postgres + pgvector\ndocs, chunks, jobs,\nHNSW per store")
        blob = Storage("Object store\nraw files")

    app >> Edge(label="upload / query /\ndelete") >> api
    api >> Edge(label="file") >> blob
    api >> Edge(label="doc + job row\n(1 transaction)") >> pg
    workers >> Edge(label="SKIP LOCKED\nclaim") >> pg
    workers >> Edge(label="chunk batches") >> embed
    api >> Edge(label="query text,\n5 ms wait", style="dashed") >> embed
    api >> Edge(label="ANN + filter\nWHERE store_id") >> pg
