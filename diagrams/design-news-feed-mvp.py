"""MVP of the news feed: pull model on one relational database with read replicas and a post cache."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx

with Diagram("News feed MVP", direction="LR"):
    users = Users("Mobile and\nweb clients")
    with Cluster("One region"):
        lb = Nginx("Load\nbalancer")
        api = Server("Feed API\n(stateless)")
        primary = SQL("Relational primary\nusers, follows,\nposts")
        replicas = SQL("Read replicas\nfeed query")
        cache = Redis("Post cache\nhydration")

    users >> Edge(label="GET /feed?cursor\nPOST /posts") >> lb >> api
    api >> Edge(label="writes: post,\nfollow, delete") >> primary
    primary >> Edge(label="replication", style="dashed") >> replicas
    api >> Edge(label="recent posts of\nfollowed authors,\nmerged by id") >> replicas
    api >> Edge(label="bodies, authors") >> cache
