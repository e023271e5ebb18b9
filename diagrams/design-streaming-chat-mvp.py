"""MVP of the streaming chat: the API server that starts a response relays its tokens and checkpoints them."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Nginx

with Diagram("Streaming chat MVP", direction="LR"):
    users = Users("Browser / app\nfetch stream")
    with Cluster("One region"):
        lb = Nginx("L7 balancer\nHTTP/2, no buffering,\nlong timeouts")
        api = Server("Chat API\nauth, quota,\nrelay, heartbeats")
        db = SQL("Postgres\nconversations,\nmessages, checkpoints")
        gpu = Rack("Model servers\nstreaming decode")

    users >> Edge(label="POST message -> SSE;\nafter a drop: GET, poll") >> lb >> api
    api >> Edge(label="generate (stream),\nabort on stop") >> gpu
    api >> Edge(label="message row,\ncheckpoint every 2 s,\nfinal text") >> db
