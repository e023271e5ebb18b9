"""Scaled GPU batch scheduler: global admission and quotas over scheduler cells, health service, checkpoint tiers, accounting log."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.monitoring import Prometheus
from diagrams.onprem.queue import Kafka

LOOSE = {"constraint": "false"}

with Diagram("GPU batch scheduler at scale", direction="LR"):
    users = Users("Researchers,\nfine-tune API,\ninference loans")
    admit = Server("Global admission\nquotas, classes,\ncohort borrowing")
    with Cluster("Each cell (one fabric, up to 25,600 GPUs)"):
        store = SQL("Consistent store\njobs, allocations,\nleader lease")
        sched = Server("Cell scheduler\nleader + standby,\nshape index, backfill,\npreemption")
        with Cluster("Blocks of 32 nodes"):
            nodes = Server("GPU nodes\n+ hot spares\n(scavenger work)")
        health = Prometheus("Health service\nDCGM, pre-flight,\nlemon nodes, cordon")
    ckpt = Storage("Checkpoint tiers\nhost RAM, peers,\nparallel FS, object")
    log = Kafka("Allocation events\nto showback,\nmetrics, audit")

    users >> Edge(label="submit with\nclass, shape,\nestimate") >> admit
    admit >> Edge(label="route to a cell\nwith capacity") >> store
    store >> Edge(label="watch") >> sched
    sched >> Edge(label="fenced bind\n(lease term)") >> nodes
    nodes >> Edge(label="health", style="dashed") >> health
    health >> Edge(label="cordon,\nswap spare", style="dashed", **LOOSE) >> sched
    nodes >> Edge(label="async save", style="dotted") >> ckpt
    store >> Edge(label="state changes", style="dotted") >> log
