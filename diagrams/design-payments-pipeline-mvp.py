"""MVP of the payments pipeline: one relational database holds payments, the ledger, idempotency keys and the outbox."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Internet

# Flows run left to right; edges marked LOOSE (return flows) do not push nodes around and
# carry no label, because Graphviz places labels of such edges far from the edge.
LOOSE = {"constraint": "false", "style": "dashed"}

with Diagram("Payments pipeline MVP", direction="LR"):
    payer = Client("Payer's browser\ncard typed into the\nprocessor's iframe")
    merchant = Users("Merchant\ndashboard")
    with Cluster("Our platform (one region)"):
        api = Server("Payments API\nkeys, state machine,\nwebhook receiver")
        db = SQL("Relational DB\npayments, ledger,\nkeys, outbox")
        worker = Server("Outbox worker\ncalls the processor")
        jobs = Server("Daily jobs\nreconcile, pay out")
    processor = Internet("Card processor\ntoken vault,\nsettlement report")
    bank = Storage("Our bank\nstatement,\npayout file")

    payer >> Edge(label="POST /payments\ntoken + key") >> api
    merchant >> Edge(label="balances,\npayouts") >> api
    api >> Edge(label="1 transaction:\npayment, key,\noutbox row") >> db
    db >> Edge(label="claim command;\nwrite state + ledger") >> worker
    worker >> Edge(label="authorise, capture\nkey = payment id") >> processor
    db >> Edge(label="ledger, payouts") >> jobs
    jobs >> Edge(label="payout file\nbefore cut-off") >> bank
    payer >> Edge(**LOOSE) >> processor
    processor >> Edge(**LOOSE) >> api
    processor >> Edge(**LOOSE) >> jobs
    bank >> Edge(**LOOSE) >> jobs
