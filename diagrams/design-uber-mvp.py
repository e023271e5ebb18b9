"""MVP of a ride-hailing service: one city, one region, stateless servers, Redis GEO for live positions, one relational trips table."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.device import Mobile
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Internet

with Diagram("Ride hailing MVP", direction="LR"):
    driver = Mobile("Driver app\nping every 4 s")
    rider = Mobile("Rider app")
    with Cluster("One region, one launch city"):
        app = Server("App servers\nREST + WebSocket")
        geo = Redis("Supply index\nRedis GEO")
        match = Server("Matcher\nnearest by ETA")
        route = Server("Routing engine\ncity road graph")
        trips = SQL("Trips table\nstate machine")
    psp = Internet("Card\nprocessor")

    driver >> Edge(label="location,\naccept offer") >> app
    rider >> Edge(label="quote,\nrequest") >> app
    app >> Edge(label="GEOADD") >> geo
    app >> Edge(label="new request") >> match
    match >> Edge(label="GEOSEARCH") >> geo
    match >> Edge(label="ETAs") >> route
    match >> Edge(label="conditional\noffer write") >> trips
    app >> Edge(label="hold, capture", style="dashed") >> psp
