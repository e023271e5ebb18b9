"""MVP of a GitHub Actions-like service: one relational store holds runs, jobs and the dispatch queue."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.vcs import Git

with Diagram("GitHub Actions MVP", direction="LR"):
    dev = Users("Developer")
    git = Git("Git service\npush, PR, cron")
    with Cluster("Actions (one region)"):
        orch = Server("Workflow service\nparse YAML, matrix,\nneeds DAG")
        db = SQL("Relational DB\nruns, jobs, steps,\nsecrets (encrypted)")
        dispatch = Server("Dispatch API\nlong poll, lease,\nlog relay")
        blob = Storage("Blob store\nlogs, artifacts,\ncaches")
    vms = Server("Hosted VMs\none job each")
    pr = Client("PR page\nchecks, live logs")

    dev >> Edge(label="push / open PR") >> git
    git >> Edge(label="event via outbox") >> orch
    orch >> Edge(label="run + job rows,\none transaction") >> db
    vms >> Edge(label="long poll 50 s") >> dispatch
    dispatch >> Edge(label="claim ready job\n(SKIP LOCKED)") >> db
    vms >> Edge(label="log chunks,\nartifacts", style="dashed") >> blob
    db >> Edge(label="check runs") >> pr
    dispatch >> Edge(label="live lines", style="dashed") >> pr
