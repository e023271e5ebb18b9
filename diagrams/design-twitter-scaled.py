"""Scaled microblogging service: post store and event log, with fan-out, search, trends, counters and notifications as consumers."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Cassandra
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Internet, Nginx
from diagrams.onprem.queue import Kafka
from diagrams.onprem.search import Solr

with Diagram("Microblogging service at scale", direction="LR"):
    users = Users("Apps and web")
    cdn = Internet("CDN\nmedia")
    with Cluster("Each region"):
        gw = Nginx("Gateway\nauth, rate limits")
        post = Server("Post service\nSnowflake ids,\ninline classifier")
        store = Cassandra("Post store\nsharded by id")
        log = Kafka("Post events\npartitioned log")
        fan = Server("Fan-out\n(push below\nthreshold)")
        tl = Redis("Timeline cache\nand counters")
        search = Solr("Search shards\n7 days, in memory")
        trends = Server("Trends\ncount-min + top-k")
        notify = Server("Notifications\ncoalesce, push")
        blob = Storage("Blob store\nmedia")

    users >> gw >> Edge(label="POST /posts") >> post
    post >> Edge(label="write") >> store
    post >> Edge(label="append") >> log
    log >> fan >> tl
    log >> Edge(label="index") >> search
    log >> trends
    log >> notify
    gw >> Edge(label="timeline reads", style="dashed") >> tl
    users >> Edge(label="media") >> cdn >> Edge(label="miss") >> blob
