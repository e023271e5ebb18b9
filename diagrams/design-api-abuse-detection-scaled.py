"""Scaled API abuse detection: inline scorer with an online feature store, a streaming tier for velocity, a batch tier for graph and models, a content-scanning cascade, case management and an enforcement ladder."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.analytics import Flink, Spark
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Nginx
from diagrams.onprem.queue import Kafka
from diagrams.onprem.storage import Ceph

with Diagram("API abuse detection at scale", direction="LR"):
    dev = Client("Developer\nbackend")
    with Cluster("Inline (ms budget)"):
        gw = Nginx("Gateways\ninline scorer:\nrules + small model")
        feats = Redis("Online features\nstatus, scores")
        models = Server("Model pools\n+ content\nclassifier cascade")
    with Cluster("Near-real-time (seconds to minutes)"):
        log = Kafka("Usage and\nclassifier events")
        stream = Flink("Stream jobs\nvelocity, spend,\ngeo, key spread")
    with Cluster("Batch (hours)"):
        lake = Ceph("Event lake\n30-day content,\n1-year metadata")
        batch = Spark("Graph, models,\ndistillation and\nresale detectors")
    with Cluster("Decisions"):
        cases = SQL("Cases, labels,\nactions, appeals")
        analysts = Users("Analysts")
        enforce = Server("Enforcement\nladder")

    dev >> gw
    gw >> Edge(label="batched read") >> feats
    gw >> Edge(label="allowed") >> models
    gw >> Edge(style="dashed") >> log
    models >> Edge(label="classifier\nscores", style="dashed") >> log
    log >> stream
    stream >> Edge(constraint="false") >> feats
    log >> lake >> batch
    batch >> Edge(label="scores,\nclusters") >> cases
    stream >> Edge(label="alerts") >> cases
    analysts >> Edge(label="review,\nappeals") >> cases
    cases >> enforce
    enforce >> Edge(label="flag, throttle,\nstep-up, suspend", constraint="false") >> feats
    enforce >> Edge(label="notice, appeal link", style="dashed", constraint="false") >> dev
