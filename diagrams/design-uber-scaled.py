"""Scaled ride hailing: edge gateways, a partitioned location stream, per-city supply shards, a batched matcher, ETA and surge services, a per-city trip store, payments hand-off."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.device import Mobile
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Envoy
from diagrams.onprem.queue import Kafka

with Diagram("Ride hailing at scale", direction="LR"):
    driver = Mobile("Driver apps")
    rider = Mobile("Rider apps")
    edge = Envoy("Edge gateways\nlong-lived\nconnections")
    with Cluster("City cell (active region; standby region)"):
        stream = Kafka("Location stream\nby city")
        supply = Redis("Supply shards\nH3 cells in memory")
        mm = Server("Map-matcher\ntraces, fraud rules")
        quote = Server("Quotes\nETA + surge")
        eta = Server("Routing + ETA\nmodel")
        matcher = Server("Batched matcher\n2 s windows")
        trips = SQL("Trip store\nCAS per trip")
        surge = Server("Surge +\ndemand forecast")
    pay = Server("Payments\npipeline")

    driver >> edge
    rider >> edge
    edge >> Edge(label="pings") >> stream
    stream >> supply
    stream >> mm
    edge >> Edge(label="quote") >> quote
    quote >> eta
    quote >> Edge(style="dashed") >> surge
    edge >> Edge(label="request") >> matcher
    matcher >> Edge(label="candidates") >> supply
    matcher >> eta
    matcher >> Edge(label="offer, accept") >> trips
    trips >> Edge(label="trip completed", style="dashed") >> pay
    mm >> Edge(label="matched route", style="dashed") >> trips
