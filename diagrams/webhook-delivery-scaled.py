"""Scaled webhook delivery: partitioned log, per-endpoint isolation, retry timers, dead letters."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.network import Firewall
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Internet
from diagrams.onprem.queue import Kafka

# Two bands read left to right: accept and fan out on top, deliver below.
# Edges marked LOOSE do not push nodes rightwards, so the bottom band starts at the left;
# they carry no label because Graphviz places labels of such edges far from the edge.
LOOSE = {"constraint": "false"}

with Diagram("Webhook delivery at scale", direction="LR"):
    with Cluster("Accept and fan out"):
        publisher = Client("Publishers")
        api = Server("Ingest API\nquotas, idempotency")
        log = Kafka("Event log\nby tenant")
        fanout = Server("Fan-out\nsubscription cache")
        lanes = Kafka("Endpoint queues\nby endpoint")
    with Cluster("Deliver"):
        workers = Server("Delivery workers\nlimits, breakers,\nfair share")
        guard = Firewall("Egress guard\nresolve, check, pin")
        endpoint = Internet("Subscriber\nendpoints")
        timers = Redis("Retry timers\nre-enqueue when due")
        dead = Storage("Dead letters\nreplayable")
        records = SQL("Records\nretry state by endpoint,\nattempt log (columnar)")

    publisher >> Edge(label="POST /v1/events") >> api >> Edge(label="append") >> log
    log >> Edge(label="commit offset\nlast") >> fanout >> Edge(label="1 message\nper endpoint") >> lanes
    lanes >> Edge(**LOOSE) >> workers
    workers >> Edge(label="signed POST") >> guard >> endpoint
    workers >> Edge(label="failed", style="dashed") >> timers >> Edge(label="exhausted", style="dashed") >> dead
    timers >> Edge(style="dashed", **LOOSE) >> lanes
    workers >> Edge(label="attempt, retry state", minlen="3") >> records
