"""Instagram MVP: presigned uploads to an object store, one worker pool for renditions, one relational database, a CDN in front."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.device import Mobile
from diagrams.generic.storage import Storage
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import RabbitMQ

with Diagram("Instagram MVP", direction="LR"):
    app = Mobile("Mobile app\nresize, upload,\nscroll feed")
    cdn = Nginx("CDN\nsigned URLs")
    with Cluster("One region"):
        api = Server("API servers\nposts, follows,\nfeed, likes")
        db = SQL("Relational DB\nusers, posts,\nfollows, likes")
        cache = Redis("Cache\nfeeds, counts")
        blob = Storage("Object store\noriginals,\nrenditions")
        queue = RabbitMQ("Jobs queue")
        workers = Server("Image workers\nresize, encode,\nscan")

    app >> Edge(label="1 create upload,\n5 publish post") >> api
    app >> Edge(label="2 PUT bytes\n(presigned URL)") >> blob
    api >> db
    api >> cache
    blob >> Edge(label="3 upload event") >> queue >> workers
    workers >> Edge(label="4 renditions") >> blob
    workers >> Edge(label="mark ready", style="dashed", constraint="false") >> db
    app >> Edge(label="images", color="firebrick") >> cdn
    cdn >> Edge(label="miss", style="dotted") >> blob
