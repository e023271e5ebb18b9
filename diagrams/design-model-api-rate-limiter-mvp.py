"""MVP of the model API rate limiter: gateways run one Lua script per request against a single Redis."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx

with Diagram("Model API rate limiter MVP", direction="LR"):
    client = Client("Client SDK\nbackoff + jitter")
    with Cluster("One region"):
        gw = Nginx("API gateways\nauth, estimate,\nreserve / settle")
        redis = Redis("Redis primary\n+ replica\ntoken buckets (Lua)")
        limits = SQL("Limits table\norg, project,\nmodel, tier")
        models = Server("Model servers\nstream tokens")

    client >> Edge(label="POST /v1/responses;\nback: 429, Retry-After,\nx-ratelimit-*", forward=True, reverse=True) >> gw
    gw >> Edge(label="1 script: check 4\nbuckets, reserve") >> redis
    gw >> Edge(label="limits cached 30 s", style="dashed") >> limits
    gw >> Edge(label="admitted") >> models
    gw >> Edge(label="settle: refund\nunused tokens", style="dashed") >> redis
