"""Scaled GitHub Actions-like service: event log, sharded orchestration, fair queues, runner broker, warm VM pools."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.queue import Kafka
from diagrams.onprem.security import Vault
from diagrams.onprem.vcs import Git

with Diagram("GitHub Actions at scale", direction="LR"):
    git = Git("Git service\npush, PR, dispatch")
    cron = Server("Cron scheduler\nhash-spread firings")
    with Cluster("Control plane (cells by owner)"):
        log = Kafka("Event log\nby repository")
        trig = Server("Trigger evaluator\nparsed-workflow cache")
        store = SQL("Run/job store\nsharded by owner")
        queues = Server("Fair job queues\nper owner, per label")
        broker = Server("Runner broker\nlong polls, leases")
        secrets = Vault("Token and\nsecret service")
    with Cluster("Execution (regions)"):
        fleet = Server("Fleet manager\nwarm pools by image")
        runners = Server("Hosted VMs,\nself-hosted runners")
    with Cluster("Data plane (regional)"):
        live = Kafka("Live log buffer")
        blob = Storage("Object storage\nlogs, artifacts, caches")
    pr = Client("PR page\nchecks, live logs")

    git >> Edge(label="events") >> log
    cron >> Edge(label="schedule events") >> log
    log >> trig >> Edge(label="runs, jobs") >> store >> Edge(label="ready jobs") >> queues >> broker
    broker >> Edge(label="mint token,\nfetch secrets", style="dashed") >> secrets
    fleet >> Edge(label="boot, recycle", style="dashed") >> runners
    runners >> Edge(label="poll, renew\nlease every 60 s") >> broker
    runners >> Edge(label="log lines") >> live >> Edge(label="seal once\nper job") >> blob
    runners >> Edge(label="cache, artifacts", style="dashed") >> blob
    store >> Edge(label="check runs") >> pr
    live >> Edge(label="tail") >> pr
