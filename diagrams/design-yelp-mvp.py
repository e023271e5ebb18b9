"""MVP of proximity search: one relational database with a spatial index serves search, pages and reviews."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis

with Diagram("Proximity search MVP", direction="LR"):
    users = Users("App and web\nusers")
    owner = Client("Business\nowner")
    with Cluster("One region"):
        api = Server("API servers\nsearch, pages,\nreviews")
        cache = Redis("Page cache\nplace pages")
        db = SQL("Postgres + PostGIS\nplaces, reviews\nGiST on location")
        photos = Storage("Object store\nphotos")
        worker = Server("Worker\nresize, strip EXIF,\nrating totals")

    users >> Edge(label="GET /search?lat&lng&r") >> api
    owner >> Edge(label="edit hours") >> api
    api >> Edge(label="ST_DWithin,\nORDER BY <->") >> db
    api >> Edge(label="page miss") >> cache
    users >> Edge(label="signed upload,\nsigned GET", style="dashed") >> photos
    api >> Edge(label="jobs", style="dashed") >> worker
    worker >> Edge(style="dashed") >> photos
    worker >> Edge(label="aggregates", style="dashed") >> db
