"""MVP GPU batch scheduler: one cluster, one scheduler process, state in one relational database."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.monitoring import Prometheus

LOOSE = {"constraint": "false"}

with Diagram("GPU batch scheduler MVP", direction="LR"):
    users = Users("Researchers,\nCLI and UI")
    with Cluster("Control plane"):
        api = Server("Job API\nauth, validation,\nquota check")
        db = SQL("Relational DB\njobs, nodes,\nallocations, quotas")
        sched = Server("Scheduler\n(one process)\npriority queues,\nall-or-nothing gangs")
    with Cluster("128 nodes x 8 GPUs"):
        agents = Server("Node agents\nstart, pre-flight;\nreport ready, exit,\nhealth to the DB")
    ckpt = Storage("Checkpoint\nstore")
    metrics = Prometheus("Metrics\nqueue wait, GPU use,\nfailures by job type")

    users >> Edge(label="submit, status,\ncancel") >> api
    api >> Edge(label="job row\n(queued)") >> db
    db >> Edge(label="pending jobs,\nfree nodes") >> sched
    sched >> Edge(label="one transaction:\nall nodes or none", style="dashed", **LOOSE) >> db
    sched >> Edge(label="bind gang") >> agents
    agents >> Edge(style="dashed", **LOOSE) >> db
    agents >> Edge(label="save / load", style="dotted") >> ckpt
    agents >> Edge(style="dotted") >> metrics
