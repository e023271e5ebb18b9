"""Keeping user data out of training: the data boundary, from a labelled request to each store and who may read it."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.generic.network import Firewall
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.security import Vault
from diagrams.programming.flowchart import Decision

with Diagram("Data boundary: what is logged, kept and trained on", direction="LR"):
    customers = Users("API, enterprise\nand consumer\nrequests")
    with Cluster("Inside the boundary (per region)"):
        gateway = Server("Gateway\nstamps data class:\ntenant, region,\nZDR, training flag")
        model = Rack("Inference\nstateless")
        checks = Firewall("Safety classifiers\nscores become\nmetadata")
        meta = SQL("Metadata store\nids, counts, scores\n90 days")
        evidence = Storage("Abuse evidence\nflagged + 1% sample\n30 days, never ZDR")
        keys = Vault("Key service\nper-tenant keys;\ndelete = shred")
    tns = Users("Trust & safety\ncase-bound,\ntime-limited reads")
    gate = Decision("Training gate\nconsumer, setting on,\nPII masked")
    lake = Storage("Training\ncandidates")
    team = Users("Model team\nno raw business\nprompts")

    customers >> Edge(label="request") >> gateway >> model
    model >> Edge(label="input, output") >> checks
    checks >> Edge(label="scores, counts") >> meta
    checks >> Edge(label="flagged or\nsampled") >> evidence
    evidence >> Edge(label="approved case") >> tns
    meta >> Edge(label="dashboards", style="dashed") >> tns
    gateway >> Edge(label="only if label\nallows", style="dashed") >> gate
    gate >> lake >> team
    keys >> Edge(label="encrypts", style="dotted") >> evidence
