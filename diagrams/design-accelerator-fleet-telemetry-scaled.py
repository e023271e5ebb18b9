"""Scaled: tiered telemetry through a per-cell bus, a health engine with SDC probing, wave rollouts,
placement by health, topology and capability, and a router that sends each model to the pools compiled for it."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.compute import Server
from diagrams.onprem.monitoring import Mimir
from diagrams.onprem.network import Envoy
from diagrams.onprem.queue import Kafka

LOOSE = {"constraint": "false"}

with Diagram("Accelerator fleet telemetry and serving at scale", direction="LR"):
    router = Envoy("Model router\nby model: capability,\ncost, headroom")
    with Cluster("Serving pools (every host runs the agent)"):
        c1 = Rack("C1 pool\nTP4 replicas")
        c2 = Rack("C2 pool\nTP2 replicas")
        h100 = Rack("H100 pool\nTP8 replicas")
    with Cluster("Fleet control plane, per cell"):
        bus = Kafka("Telemetry bus\nevents now,\nsamples 1 / 0.1 Hz")
        tsdb = Mimir("Sharded TSDB\n15 d full,\n400 d downsampled")
        health = Server("Health engine\nscores, state machine,\ndrain budget")
        prober = Server("SDC prober\nKATs, canaries")
        registry = SQL("Device registry\nstate, topology,\nversions")
        place = Server("Placement\nhealth, topology,\ncapabilities")
        rollout = Server("Rollout controller\nwaves + gates")
        artifacts = Storage("Artifacts\nmodel x chip gen\nx compiler")

    router >> c1
    router >> c2
    router >> h100
    c1 >> bus
    c2 >> bus
    h100 >> bus
    bus >> tsdb
    bus >> Edge(label="events") >> health
    prober >> Edge(label="results", style="dashed") >> health
    health >> Edge(label="state") >> registry
    rollout >> Edge(label="drain, flash,\nverify", style="dashed") >> registry
    registry >> place
    artifacts >> Edge(label="compiled for\ntarget", style="dotted") >> place
    place >> Edge(style="dotted", **LOOSE) >> router
