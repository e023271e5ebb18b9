"""Scaled payments pipeline: payments sharded by merchant, an append-only ledger service, processor routing, batch settlement and reconciliation off the online path."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.network import Firewall
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Internet
from diagrams.onprem.queue import Kafka

# Two bands: the online path on top, money movement and checking below.
# Edges marked LOOSE do not push nodes rightwards and carry no label.
LOOSE = {"constraint": "false"}

with Diagram("Payments pipeline at scale", direction="LR"):
    with Cluster("Online path (per cell)"):
        payers = Client("Payers")
        edge = Firewall("Edge\nquotas, risk score")
        payments = Server("Payments service\nstate machine, keys")
        pdb = SQL("Payments shards\nby merchant + outbox")
        router = Server("Processor router\nhealth, cost, tokens")
        procs = Internet("Processors\nA and B")
    with Cluster("Money movement and checking"):
        log = Kafka("Event log\nfrom the outbox")
        ledger = SQL("Ledger service\nappend-only,\nby account")
        settle = Server("Settlement\norchestrator\nper-merchant steps")
        bank = Storage("Banks\npayout files,\nstatements")
        recon = SQL("Reconciliation\nwarehouse\n3-way match")

    payers >> Edge(label="POST /payments") >> edge >> payments
    payments >> Edge(label="1 transaction") >> pdb
    payments >> Edge(label="keyed call") >> router >> procs
    pdb >> Edge(**LOOSE) >> log
    log >> Edge(label="post entries\n(idempotent)") >> ledger
    ledger >> Edge(label="available\nbalances") >> settle
    settle >> Edge(label="files before\ncut-off") >> bank
    procs >> Edge(style="dashed", **LOOSE) >> recon
    bank >> Edge(style="dashed", **LOOSE) >> recon
    ledger >> Edge(label="entries", style="dashed", minlen="2") >> recon
