"""Scaled webhook receiver: a thin ingress that appends to a log; dedupe, fair scheduling and workers behind it."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.network import Firewall
from diagrams.generic.storage import Storage
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Internet
from diagrams.onprem.queue import Kafka

with Diagram("Webhook receiver at scale", direction="LR"):
    providers = Internet("Providers")
    with Cluster("Acknowledge: seconds"):
        edge = Firewall("Edge\nTLS, size caps,\nstrict framing")
        ingress = Server("Ingress\npath token,\nverify, append")
        log = Kafka("Inbox log\nby tenant\n+ object")
        raw = Storage("Raw bodies\nobject store")
    with Cluster("Process: minutes are fine"):
        dedupe = Redis("Dedupe\n7-day window")
        sched = Server("Normalize,\nfair share\nper tenant")
        workers = Server("Workers\nversioned\nupserts")
        db = SQL("Business DB\nby tenant")
        parked = Storage("Parked\nevents")
    provider_api = Internet("Provider APIs")
    recon = Server("Reconciler\nfinds missed\nevents")

    providers >> Edge(label="signed POST") >> edge >> ingress
    ingress >> Edge(label="envelope") >> log
    ingress >> Edge(label="body") >> raw
    log >> dedupe >> Edge(label="first copy") >> sched >> workers
    workers >> Edge(label="if newer") >> db
    workers >> Edge(style="dashed") >> parked
    workers >> Edge(label="refetch", style="dashed") >> provider_api
    provider_api >> Edge(style="dashed") >> recon
    recon >> Edge(style="dashed") >> log
