"""MVP of a YouTube-style service: resumable uploads to object storage, one job per video, a commercial CDN."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Rabbitmq

with Diagram("YouTube-style MVP", direction="LR"):
    creator = Client("Creator app\nchunked upload")
    viewers = Users("Viewers\nHLS / DASH player")
    with Cluster("One region"):
        api = Server("API\nupload sessions,\nwatch page, views,\ncomments")
        db = SQL("Relational DB\nvideos, channels,\ncomments, counts")
        queue = Rabbitmq("Transcode jobs\none per video")
        workers = Server("Workers\nffmpeg ladder,\npackage, captions")
    bucket = Storage("Object store\noriginals,\nrenditions,\nmanifests")
    cdn = Nginx("Commercial CDN\ncache on miss")

    creator >> Edge(label="create session,\nPUT chunks") >> api
    api >> Edge(label="append parts") >> bucket
    api >> db
    api >> Edge(label="upload complete") >> queue >> workers
    workers >> Edge(label="renditions +\nplaylists") >> bucket
    workers >> Edge(label="status: ready", style="dashed") >> db
    viewers >> Edge(label="watch page,\nview events") >> api
    viewers >> Edge(label="segments", color="firebrick") >> cdn
    cdn >> Edge(label="miss", style="dashed") >> bucket
