"""MVP of the Playground: a thin web backend in front of the same API gateway customers call."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Envoy

with Diagram("Playground MVP", direction="LR"):
    browser = Users("Browser\nPlayground UI")
    with Cluster("One region"):
        web = Server("Playground backend\nsession cookie,\npresets, history")
        gateway = Envoy("API gateway\nauth, validate,\ntokenize, limits")
        limiter = Redis("Limiter\nRPM / TPM buckets")
        models = Server("Model servers\n(GPU)\nstream + usage")
        db = SQL("Relational DB\npresets, runs,\nmessages, usage")

    browser >> Edge(label="POST run (fetch),\nSSE back") >> web
    web >> Edge(label="same API,\nshort-lived token") >> gateway
    gateway >> Edge(label="reserve,\nsettle") >> limiter
    gateway >> Edge(label="generate\n(run_id)") >> models
    web >> Edge(label="presets,\nhistory", style="dashed") >> db
    gateway >> Edge(label="usage row\nkeyed by run_id", style="dashed") >> db
