"""Scaled fine-tuning service: global admission with per-org fair share, regional cells with gang-aware schedulers, event log, eval gate and registry."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.queue import Kafka
from diagrams.onprem.security import Vault

LOOSE = {"constraint": "false"}

with Diagram("Fine-tuning job queue at scale", direction="LR"):
    sdk = Client("Customers\nSDK, console,\nwebhooks")
    api = Server("Jobs API +\nadmission\nquotas, fair share,\nshape choice")
    validate = Server("Validation pipeline\ntokenise, dedupe,\nsafety classifier")
    log = Kafka("Job event log\nstatus, metrics,\nbilling, audit")
    kms = Vault("Per-org keys\n(KMS)")
    with Cluster("Regional cell (one fabric)"):
        store = SQL("Job store\njobs, attempts,\nreservations")
        sched = Server("Cell scheduler\nfair share, gangs,\nmoldable, preempt")
        lora = Server("LoRA pool\nbin-packed,\nbase-weight cache")
        gangs = Server("Gang blocks\nfull fine-tunes,\n8-node gangs")
    ckpt = Storage("Checkpoints\nhost RAM, object\nstore (encrypted)")
    reg = Server("Eval gate +\nmodel registry\nlineage, ACL")
    serve = Server("Serving\nmulti-LoRA +\ndedicated replicas")

    sdk >> Edge(label="create, events,\ncancel") >> api
    api >> Edge(label="file check") >> validate
    api >> Edge(label="route to a cell") >> store
    store >> Edge(label="watch") >> sched
    sched >> Edge(label="bin-pack") >> lora
    sched >> Edge(label="all-or-nothing") >> gangs
    gangs >> Edge(label="async save", style="dotted") >> ckpt
    lora >> Edge(style="dotted", **LOOSE) >> ckpt
    ckpt >> Edge(label="final weights") >> reg
    reg >> Edge(label="deploy") >> serve
    store >> Edge(label="state changes", style="dashed", **LOOSE) >> log
    kms >> Edge(label="data keys", style="dotted", **LOOSE) >> ckpt
