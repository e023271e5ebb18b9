"""Scaled end-to-end encrypted messenger: regional gateways, a session directory, a sharded offline queue, server fan-out for groups, keys, presence, push, media and backups."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.device import Mobile
from diagrams.generic.storage import Storage
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Cassandra
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Haproxy, Internet
from diagrams.onprem.security import Vault

with Diagram("End-to-end encrypted messenger at scale", direction="LR"):
    devices = Mobile("Phones and\ncompanions")
    with Cluster("One region (of several)"):
        edge = Haproxy("Anycast + L4")
        gw = Server("Gateways\n1M sockets cap")
        sessions = Redis("Session directory\ndevice -> gateway")
        queue = Cassandra("Offline queue\nby device, 3 zones,\n30-day TTL")
        groups = Server("Group service\nmembers, fan-out")
        presence = Redis("Presence\nopen-chat subs")
        keys = SQL("Key directory\nprekeys + audit log")
        push = Server("Push service\nmute, coalesce")
    blobs = Storage("Encrypted blobs\n+ CDN")
    vault = Vault("Backup key vault\n(HSMs)")
    apns = Internet("APNs / FCM")

    devices >> edge >> gw
    gw >> Edge(xlabel="append") >> queue
    gw >> Edge(style="dashed") >> sessions
    gw >> groups >> queue
    gw >> Edge(style="dashed") >> presence
    gw >> Edge(xlabel="bundles") >> keys
    queue >> Edge(xlabel="offline") >> push >> apns
    devices >> Edge(style="dashed") >> blobs
    devices >> Edge(style="dotted") >> vault
