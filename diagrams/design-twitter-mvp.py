"""MVP of a microblogging service: one relational primary, pull timelines from replicas, media in blob storage."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Internet

with Diagram("Microblogging MVP", direction="LR"):
    users = Users("Apps and web")
    cdn = Internet("CDN\nimages, video")
    with Cluster("One region"):
        api = Server("API servers\npost, timeline,\nsearch, like")
        cache = Redis("Cache\nhot posts,\ncounts")
        primary = SQL("Primary DB\nposts, follows,\nlikes, full-text")
        replica = SQL("Read replicas\npull timelines")
        worker = Server("Job worker\nthumbnails,\npush, trends")
        blob = Storage("Blob store\nmedia")

    users >> Edge(label="HTTPS") >> api
    users >> Edge(label="media GET") >> cdn
    cdn >> Edge(label="miss") >> blob
    api >> Edge(label="writes") >> primary
    api >> Edge(label="timeline,\nsearch") >> replica
    api >> cache
    primary >> Edge(label="replicate", style="dashed") >> replica
    primary >> Edge(label="jobs table", style="dashed") >> worker
    worker >> Edge(label="thumbnails") >> blob
