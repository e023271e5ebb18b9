"""A tiered CDN: many edge PoPs miss into a few regional shields, which alone fetch from the origin."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Nginx

with Diagram("Tiered CDN", direction="LR"):
    users = Users("Users\n(nearest PoP\nby DNS/anycast)")
    with Cluster("Edge PoPs (hundreds)"):
        paris, frankfurt, virginia = Nginx("PoP Paris"), Nginx("PoP Frankfurt"), Nginx("PoP Virginia")
    with Cluster("Regional shields (few)"):
        shield_eu, shield_us = Nginx("Shield EU"), Nginx("Shield US")
    origin = Server("Origin\n(app servers)")
    bucket = Storage("Object store\n(assets)")

    users >> [paris, frankfurt, virginia]
    paris >> Edge(label="miss") >> shield_eu
    frankfurt >> Edge(label="miss") >> shield_eu
    virginia >> Edge(label="miss") >> shield_us
    shield_eu >> Edge(label="one fetch\nper object") >> origin
    shield_us >> Edge(label="one fetch\nper object") >> origin
    origin >> bucket
