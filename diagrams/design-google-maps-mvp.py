"""MVP of a Google Maps-style service: vector tiles from object storage behind a CDN, one routing server per country graph, and a map database."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Nginx

with Diagram("Maps MVP", direction="LR"):
    app = Users("Phone app\nvector renderer")
    cdn = Nginx("Commercial CDN\ntiles, styles")
    with Cluster("One region"):
        api = Server("API\nsearch, directions,\nnav sessions")
        router = Server("Routing server\nCH on one country,\nstatic speeds")
        mapdb = SQL("Map DB\nroads, places\n(spatial index)")
        build = Server("Nightly build\ngraph + tiles")
        probes = Storage("Probe log\nappend-only")
    tiles = Storage("Object store\nvector tiles\nz0-z15")

    app >> Edge(label="GET /tiles/z/x/y") >> cdn
    cdn >> Edge(label="miss", style="dashed") >> tiles
    app >> Edge(label="route, search,\nGPS batches") >> api
    api >> Edge(label="shortest path") >> router
    api >> Edge(label="geocode,\nplaces") >> mapdb
    api >> Edge(label="fixes", style="dashed") >> probes
    mapdb >> Edge(label="snapshot") >> build
    build >> Edge(label="tiles") >> tiles
    build >> Edge(label="graph file", style="dashed") >> router
