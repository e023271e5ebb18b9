"""MVP of team messaging: one service for API and WebSockets, one relational database that also carries the fan-out signal."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.device import Mobile
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Internet, Nginx

with Diagram("Team messaging MVP", direction="LR"):
    desktop = Users("Web and\ndesktop clients")
    phone = Mobile("Mobile apps")
    with Cluster("One region"):
        lb = Nginx("Load balancer\nTLS, WebSocket\nupgrade")
        app = Server("Chat service x2\nREST + WebSocket,\nlocal subscriptions")
        db = SQL("Relational DB\n+ sync replica\nmessages, cursors")
        files = Storage("Object store\nuploads via\nsigned URLs")
        pushjob = Server("Push job\noffline members")
    apns = Internet("APNs / FCM")

    desktop >> Edge(label="WebSocket") >> lb
    phone >> Edge(label="WebSocket") >> lb
    lb >> app
    app >> Edge(label="1 transaction:\nseq + message") >> db
    db >> Edge(label="NOTIFY\n(channel, seq)", style="dashed") >> app
    app >> Edge(label="PUT", style="dashed") >> files
    db >> Edge(label="job rows") >> pushjob
    pushjob >> Edge(label="DMs, mentions") >> apns
