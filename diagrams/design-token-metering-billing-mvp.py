"""MVP of token metering and billing: one relational database holds usage rows, balances, aggregates and invoices."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Internet, Nginx

with Diagram("Token metering and billing MVP", direction="LR"):
    apps = Client("Customer apps\n(API keys)")
    admins = Users("Customer admins\ndashboard")
    with Cluster("Billing MVP (one region)"):
        gw = Nginx("API gateway\nreserve, settle,\nusage row")
        models = Server("Model servers\ncount tokens")
        db = SQL("Relational DB\nusage rows, balances,\nminute rollups, invoices")
        rollup = Server("Jobs\nminute rollup,\nmonthly invoice")
    payments = Internet("Payments\npipeline\n(card top-ups)")

    apps >> Edge(label="request") >> gw
    gw >> Edge(label="admitted; token\ncounts come back") >> models
    gw >> Edge(label="1 transaction:\nusage row + settle") >> db
    rollup >> Edge(label="read rows,\nwrite rollups") >> db
    admins >> Edge(label="usage, balance,\ninvoices") >> db
    payments >> Edge(label="credit grant\n(idempotent)", style="dashed") >> db
