"""Scaled token metering and billing: spooled events on a partitioned log, streaming dedup and windows, a spend service for limits, rating and invoicing off the hot path, reconciliation against inference logs."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Clickhouse
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Kafka

LOOSE = {"constraint": "false"}

with Diagram("Token metering and billing at scale", direction="LR"):
    with Cluster("Request path (per region)"):
        gw = Nginx("Gateways\nreserve / settle,\nrequest log")
        spend = Redis("Spend service\nbalances, leases;\n1 s spend deltas")
        models = Server("Model servers\nusage event +\nlocal spool")
    with Cluster("Metering"):
        log = Kafka("Usage log\nby org (salted)")
        stream = Server("Stream job\ndedup, watermarks,\nminute windows")
        lake = Storage("Raw event lake\narchived from log,\ncolumnar by day")
        aggs = Clickhouse("Aggregates\nminute, hour, day")
    with Cluster("Money"):
        rating = Server("Rating and close\nprice versions,\ninvoices, credit notes")
        ledger = SQL("Ledger and credits\n(payments pipeline)")
        recon = Server("Reconciliation\nevents vs request log\nvs server counters")
    users = Users("Dashboard and\nUsage API")

    gw >> Edge(label="reserve") >> spend
    gw >> Edge(label="admitted") >> models
    models >> Edge(label="events") >> log
    log >> stream
    stream >> Edge(style="dashed") >> spend
    stream >> Edge(label="upsert windows") >> aggs
    log >> Edge(style="dashed") >> lake
    lake >> Edge(label="exact dedup\nat close") >> rating
    rating >> Edge(label="invoice, debit\ncredits") >> ledger
    gw >> Edge(style="dashed", **LOOSE) >> recon
    lake >> Edge(style="dashed", **LOOSE) >> recon
    aggs >> Edge(label="usage, cost") >> users
