"""YouTube-style service at scale: regional upload ingest, a priority DAG of chunk tasks, fingerprinting and captions beside it, tiered caches, and counted views."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.onprem.analytics import Flink
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Cassandra
from diagrams.onprem.network import Nginx

with Diagram("YouTube-style service at scale", direction="LR"):
    creator = Client("Creators\nresumable upload")
    viewers = Users("Viewers\nABR player")
    ingest = Nginx("Upload edge\nnearest region")
    with Cluster("Processing (per region)"):
        dag = Server("DAG scheduler\npriority lanes,\nper-video cap")
        farm = Server("Transcode farm\nchunk x rung tasks,\nCPU + accelerators")
        match = Server("Fingerprint\nmatcher\n(Content ID-style)")
        ai = Server("GPU pool\ncaptions, chapters,\nembeddings")
    store = Storage("Tiered object store\nhot renditions,\ncold tail, archive")
    meta = Cassandra("Metadata,\ncomments, counts\n(sharded)")
    with Cluster("Delivery"):
        edge = Nginx("Edge caches\nhot videos")
        regional = Nginx("Regional tier\nwarm videos")
    counter = Flink("View-event log:\ndedupe, fraud,\naggregate")

    creator >> Edge(label="chunks") >> ingest >> Edge(label="original") >> store
    ingest >> Edge(label="complete") >> dag
    dag >> farm
    dag >> match
    dag >> ai
    farm >> Edge(label="renditions") >> store
    match >> Edge(label="claims,\npublish gate", style="dashed") >> meta
    viewers >> Edge(label="segments", color="firebrick") >> edge
    edge >> Edge(label="miss", style="dashed") >> regional
    regional >> Edge(label="miss", style="dashed") >> store
    viewers >> Edge(label="view events") >> counter >> Edge(label="counts") >> meta
