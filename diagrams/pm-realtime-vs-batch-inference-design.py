"""Tiered routing: real time for people waiting, a 24-hour lane that borrows the troughs, a priced 1-hour lane."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Envoy
from diagrams.onprem.queue import Kafka
from diagrams.programming.flowchart import Decision

LOOSE = {"constraint": "false"}

with Diagram("Tiered inference: real time, 1-hour and 24-hour lanes", direction="LR", graph_attr={"splines": "spline"}):
    people = Users("Chat users,\nagents in a loop")
    bulk = Client("Bulk jobs:\ndocs, evals,\nbackfills")
    gateway = Envoy("Gateway\nlane chosen by\nendpoint + quota")
    with Cluster("Real time (reserved, sized for peak)"):
        rt = Server("Real-time pool\nbatch cap 64,\nTTFT objective")
    with Cluster("Waiting work"):
        queue = Kafka("Job queue\nitems + deadline")
        sched = Decision("Scheduler\ntroughs first,\nspot before\ndeadline")
        spot = Rack("Preemptible\npool")
        fast = Server("1-hour lane\nreserved,\npriced higher")
    results = Storage("Results\nstatus per item")
    notify = Client("Notify:\nwebhook, email,\ndashboard")

    people >> Edge(label="stream") >> gateway
    bulk >> Edge(label="submit file") >> gateway
    gateway >> Edge(label="interactive") >> rt
    gateway >> Edge(label="24 h") >> queue
    gateway >> Edge(label="1 h") >> fast
    queue >> sched
    sched >> Edge(label="borrow idle,\nrecall on surge", style="dashed") >> rt
    sched >> Edge(label="overflow") >> spot
    rt >> Edge(label="borrowed\nbatch items", style="dotted") >> results
    spot >> results
    fast >> results
    results >> Edge(label="done, partial,\nor late") >> notify
