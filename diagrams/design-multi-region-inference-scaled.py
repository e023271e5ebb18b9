"""Scaled multi-region inference: anycast edge with a capacity-aware balancer, residency zones, a health controller."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.network import Envoy
from diagrams.onprem.queue import Kafka

with Diagram("Multi-region inference at scale", direction="TB"):
    users = Users("Apps and SDKs\n(resume by response id)")
    edge = Envoy("Anycast edge + global balancer\nper-region weights, residency filter")
    ctrl = Prometheus("Health controller\ngoodput, TTFT, queue age;\nramps with hysteresis")
    with Cluster("US zone"):
        us1 = Rack("US-1\nadmission, router,\n70B pool cells")
        us2 = Rack("US-2\nsame stack")
        usdb = SQL("US conversations\nhome + async replica")
    with Cluster("EU residency zone"):
        eu1 = Rack("EU-1\npinned traffic\nstays in the zone")
        eu2 = Rack("EU-2\nsame stack")
        eudb = SQL("EU conversations\nhome + async replica")
    quota = Redis("Quota service\nper-region shares\nof org limits")
    usage = Kafka("Usage logs\nshipped to billing,\nno prompt text")
    weights = Storage("Model registry\none version\nin every region")

    users >> Edge(label="one IP, nearest PoP") >> edge
    edge >> us1
    edge >> us2
    edge >> eu1
    edge >> eu2
    ctrl >> Edge(label="weights", style="dashed") >> edge
    us1 >> Edge(style="dotted", constraint="false") >> ctrl
    us1 >> Edge(style="dashed") >> usdb
    us2 >> Edge(style="dashed") >> usdb
    eu1 >> Edge(style="dashed") >> eudb
    eu2 >> Edge(style="dashed") >> eudb
    us2 >> Edge(style="dashed") >> quota
    eu1 >> Edge(style="dashed") >> usage
    weights >> Edge(style="dotted") >> us1
