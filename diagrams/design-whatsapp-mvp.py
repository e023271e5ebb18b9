"""MVP of an end-to-end encrypted messenger: chat servers relay envelopes; one relational store holds accounts, prekeys and the offline queue."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.device import Mobile
from diagrams.generic.storage import Storage
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Haproxy, Internet

with Diagram("End-to-end encrypted messenger MVP", direction="LR"):
    sender = Mobile("Sender phone\nencrypts once\nper device")
    with Cluster("One region, three zones"):
        lb = Haproxy("L4 balancer")
        chat = Server("Chat servers\nTLS sockets,\nqueue, ack, route")
        db = SQL("Relational DB\naccounts, devices,\nprekeys, queue")
        blobs = Storage("Blob store\nencrypted media")
        pusher = Server("Push worker")
    recipient = Mobile("Recipient\ndevices")
    apns = Internet("APNs / FCM")

    sender >> Edge(label="envelopes") >> lb >> chat
    chat >> Edge(label="insert, then\nsingle tick") >> db
    chat >> Edge(label="deliver; delete\non device ack") >> recipient
    sender >> Edge(label="PUT ciphertext", style="dashed") >> blobs
    blobs >> Edge(label="GET", style="dashed") >> recipient
    chat >> Edge(label="no socket") >> pusher >> apns
    apns >> Edge(label="wake", style="dotted") >> recipient
