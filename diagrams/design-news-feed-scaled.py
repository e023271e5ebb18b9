"""Scaled news feed: hybrid fan-out into a timeline cache, pulled celebrity lists, ranking and trust filtering."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Cassandra, Qdrant
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Kafka

with Diagram("News feed at scale", direction="LR"):
    users = Users("Clients")
    gw = Nginx("API gateway")
    with Cluster("Write path"):
        posts = Server("Post service")
        store = Cassandra("Post store\nby post id")
        events = Kafka("Post events")
        trust = Server("Spam and\ntrust scoring")
        fanout = Server("Fan-out workers\nactive followers,\nunder threshold")
        graph = SQL("Follow graph\nboth directions")
    with Cluster("Read path"):
        feed = Server("Feed mixer\ncandidates, filters,\nsnapshots")
        timelines = Redis("Timeline cache\npacked ids")
        hot = Redis("Post cache and\ncelebrity lists")
        ann = Qdrant("Embedding index\nout-of-network")
        ranker = Server("Rankers\nlight, then heavy")

    users >> gw >> posts >> store
    posts >> events
    events >> Edge(label="score") >> trust
    events >> Edge(label="posts from authors\nunder threshold") >> fanout
    fanout >> Edge(label="follower ids", style="dashed") >> graph
    fanout >> Edge(label="append ids") >> timelines
    trust >> Edge(label="author trust,\nspam labels", style="dashed") >> hot
    gw >> feed
    feed >> Edge(label="1 range read") >> timelines
    feed >> Edge(label="pulled authors,\nhydration") >> hot
    feed >> Edge(label="user vector") >> ann
    feed >> Edge(label="~800 candidates") >> ranker
