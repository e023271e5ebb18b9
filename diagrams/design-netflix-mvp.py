"""MVP of a Netflix-style service: one control-plane region, an encode queue, object storage, a commercial CDN."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Rabbitmq

with Diagram("Netflix-style MVP", direction="LR"):
    viewers = Users("Players\n(TV, phone, web)")
    studio = Client("Content ops\nupload masters")
    with Cluster("Control plane (one region)"):
        api = Server("API\ncatalogue, rows,\nplay, licence")
        db = SQL("Relational DB\ntitles, members,\nbookmarks")
        queue = Rabbitmq("Encode jobs\nper title x rung")
        enc = Server("Encode workers\nffmpeg, package\nDASH/HLS")
    bucket = Storage("Object store\nmasters and\nrenditions")
    cdn = Nginx("Commercial CDN\ncache on miss")

    viewers >> Edge(label="browse, play,\nheartbeat") >> api
    api >> db
    studio >> Edge(label="signed upload") >> bucket
    api >> Edge(label="enqueue") >> queue >> enc
    enc >> Edge(label="renditions,\nmanifests") >> bucket
    viewers >> Edge(label="segments\n(signed URLs)", color="firebrick") >> cdn
    cdn >> Edge(label="miss", style="dashed") >> bucket
