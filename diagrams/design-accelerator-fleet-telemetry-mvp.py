"""MVP: one region, one pool of custom-chip hosts, Prometheus scraping, a rule-driven health controller."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy

with Diagram("Accelerator fleet telemetry MVP", direction="LR"):
    users = Users("API traffic")
    with Cluster("One region"):
        router = Envoy("Router\nhealthy replicas\nonly")
        hosts = Rack("500 hosts\n8 x C1 each,\nhost agent")
        prom = Prometheus("Prometheus pair\nscrape 15 s")
        health = Server("Health controller\nrules: cordon,\ndrain, KAT")
        registry = SQL("Device registry\nstate, versions")
        sched = Server("Scheduler\nTP4 replicas on\nhealthy devices")

    users >> Edge(label="HTTPS, SSE") >> router
    router >> Edge(label="requests") >> hosts
    hosts >> Edge(label="metrics") >> prom
    prom >> Edge(label="alerts") >> health
    hosts >> Edge(label="hard faults,\nKAT results", style="dashed") >> health
    health >> Edge(label="state changes") >> registry
    registry >> Edge(label="allocatable\ndevices") >> sched
    sched >> Edge(label="start / stop\nreplicas", style="dashed") >> hosts
    sched >> Edge(label="replica list", style="dotted") >> router
