"""Google Maps-style service at scale: CDN tiers for base and traffic tiles, whole-graph route servers with per-minute customisation, a probe pipeline, navigation gateways and an LLM planner calling the routing service as a tool."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.analytics import Flink, Spark
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Kafka

with Diagram("Maps at scale", direction="LR"):
    app = Users("Apps\nmap, nav,\nplanner chat")
    with Cluster("Delivery"):
        edge = Nginx("CDN edge\nbase tiles: days\ntraffic tiles: 60 s")
        origin = Server("Tile origin\nversioned,\ncut on demand")
    with Cluster("Serving (per region)"):
        nav = Server("Nav gateways\nstreams, ETA,\nreroute")
        planner = Server("LLM planner\ntool calls")
        route = Server("Route servers\nMLD, world graph\nin RAM, ETA model")
    with Cluster("Live traffic (per region)"):
        log = Kafka("Probe log")
        match = Flink("Map matching,\nspeed per edge")
        live = Redis("Live speeds,\nincidents")
        custom = Server("Customiser\nweights every 60 s")
    with Cluster("Map data (global)"):
        mapdata = SQL("Map data\nedits, versions")
        build = Spark("Map build\ngraph + tiles")

    app >> edge
    edge >> Edge(style="dashed") >> origin
    app >> Edge(label="GPS batches") >> nav
    app >> planner
    nav >> route
    planner >> Edge(label="tools") >> route
    nav >> Edge(label="fixes") >> log >> match >> live >> custom
    custom >> Edge(style="dashed") >> route
    live >> Edge(style="dashed") >> origin
    mapdata >> build
    build >> Edge(style="dashed") >> route
    build >> Edge(style="dashed") >> origin
