"""Collaborative editor MVP: browsers hold WebSockets to one session service that owns each open
document, orders ops with OT, and appends them to a relational op log with periodic snapshots."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Nginx

with Diagram("Collaborative editor MVP", direction="LR"):
    users = Users("Editors\n(browser: local model,\npending ops)")
    with Cluster("One region"):
        lb = Nginx("Load balancer\nroute by doc id")
        session = Server("Session service\none owner per doc:\nOT, revisions, presence")
        api = Server("Docs API\nopen, share,\ncomments, history")
        db = SQL("Relational DB\nops (doc, rev),\nsnapshots, ACLs")
        snap = Server("Snapshotter\nevery K ops")

    users >> Edge(label="WebSocket:\nops, acks, cursors") >> lb
    lb >> session
    users >> Edge(label="HTTPS") >> api
    session >> Edge(label="append op batch\nbefore ack") >> db
    api >> Edge(label="ACL check,\nsnapshot + tail") >> db
    snap >> Edge(label="read ops,\nwrite snapshot", style="dashed") >> db
