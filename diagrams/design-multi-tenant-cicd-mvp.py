"""MVP of a multi-tenant CI/CD system: one database is the queue, one cloud VM per job."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.security import Vault
from diagrams.onprem.vcs import Git

with Diagram("Multi-tenant CI/CD MVP", direction="LR"):
    git = Git("Git host\npush, PR events")
    people = Users("Developers\nweb UI")
    with Cluster("Control plane (one region)"):
        api = Server("API + engine\nparse, DAG,\nquotas, secrets")
        db = SQL("Postgres\norgs, runs, jobs,\nqueue, usage")
        kms = Vault("KMS\nper-org keys")
    with Cluster("Runners"):
        scaler = Server("Autoscaler\nwatches depth")
        vms = Server("One cloud VM\nper job,\ndestroyed after")
    blobs = Storage("Object store\nlogs, artifacts,\ncaches")

    git >> Edge(label="webhook") >> api
    people >> Edge(label="logs, cancel") >> api
    api >> Edge(label="state") >> db
    api >> Edge(style="dashed") >> kms
    db >> Edge(label="ready jobs") >> scaler
    scaler >> Edge(label="boot") >> vms
    api >> Edge(label="job, secrets;\nheartbeats,\nlog chunks", dir="both") >> vms
    vms >> Edge(label="upload,\nrestore") >> blobs
