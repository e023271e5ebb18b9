"""Netflix-style service at scale: a multi-region control plane, a chunked encode pipeline, and a directed edge cache filled nightly."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Cassandra
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Kafka

with Diagram("Netflix-style service at scale", direction="LR"):
    viewers = Users("Players\nABR, DRM")
    with Cluster("Control plane (3 regions, active-active)"):
        play = Server("Playback service\nauthorise, select,\nsteer, licence")
        home = Server("Home and catalogue\nprecomputed rows")
        store = Cassandra("Members,\nbookmarks,\nhistory")
        events = Kafka("Play events")
    with Cluster("Encode pipeline (spare cores)"):
        enc = Server("Split into shots,\nencode rungs in\nparallel, verify")
        origin = Storage("Origin object store\nmasters, renditions")
    fill = Server("Fill planner\npopularity forecast")
    with Cluster("ISP sites (embedded)"):
        flash = Nginx("Flash appliances\nhead titles")
        disk = Nginx("Storage appliances\nlong tail")
    ix = Nginx("IX sites\nnear-full catalogue")

    viewers >> Edge(label="home, play") >> home
    viewers >> Edge(label="manifest\n+ licence") >> play
    play >> store
    viewers >> Edge(label="heartbeats") >> events >> store
    enc >> Edge(label="renditions") >> origin
    events >> Edge(label="what is watched", style="dashed") >> fill
    fill >> Edge(label="nightly push fill", style="dashed") >> ix
    origin >> Edge(label="fill") >> ix
    ix >> Edge(label="fill off-peak") >> [flash, disk]
    viewers >> Edge(label="video segments\n(from whichever appliance\nholds the title)", color="firebrick") >> flash
    disk >> Edge(label="miss", style="dotted") >> ix
