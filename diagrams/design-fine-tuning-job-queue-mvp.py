"""MVP fine-tuning service: one region, one relational store, a validator pool, one scheduler, single-node LoRA jobs."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server

LOOSE = {"constraint": "false"}

with Diagram("Fine-tuning job queue MVP", direction="LR"):
    sdk = Client("Customer SDK\nupload, create,\npoll, cancel")
    api = Server("Jobs API\nauth, idempotency,\nevents")
    db = SQL("Relational DB\nfiles, jobs, events,\nattempts, models")
    with Cluster("Workers"):
        validator = Server("Validators (CPU)\nschema, tokens,\nsafety screen")
        sched = Server("Scheduler\nfair share by org,\nbin-pack 1 or 8 GPUs")
    with Cluster("64 nodes x 8 GPUs"):
        trainers = Server("Trainer containers\nLoRA, checkpoint,\nmetrics")
    blob = Storage("Object store\nfiles, checkpoints,\nadapters (per-org keys)")
    serving = Server("Multi-LoRA\nserving")

    sdk >> Edge(label="POST /jobs,\nGET /events") >> api
    api >> Edge(label="job row\n(validating)") >> db
    db >> Edge(label="claim file,\nwrite report", style="dashed") >> validator
    db >> Edge(label="queued jobs,\nfree GPUs", style="dashed") >> sched
    sched >> Edge(label="bind and start") >> trainers
    trainers >> Edge(label="checkpoints,\nadapter") >> blob
    blob >> Edge(label="registered\nadapter") >> serving
