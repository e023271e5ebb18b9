"""Collaborative editor at scale: gateways terminate sockets and route by document to a leased owner,
which orders ops, appends them to a partitioned op log with its epoch, and streams them to workers;
an AI co-editor joins the session as a participant backed by a model pool."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Cassandra
from diagrams.onprem.network import Envoy, Etcd, Nginx
from diagrams.onprem.queue import Kafka

with Diagram("Collaborative editor at scale", direction="LR"):
    users = Users("Editors and\nviewers")
    with Cluster("One region (of several)"):
        lb = Nginx("L4 balancers\nnearest region")
        gw = Envoy("Gateways\nsockets, auth,\nroute by doc id")
        owner = Server("Session servers\nleased owner per doc:\nOT, ticks, presence")
        lease = Etcd("Ownership\nleases, epochs")
        log = Cassandra("Op log\n(doc, rev),\nappend with epoch")
        snaps = Storage("Snapshots\nevery K ops,\ncheckpoints")
        meta = SQL("Metadata\nACLs, links,\ncomments")
        stream = Kafka("Op stream")
        workers = Server("Workers\nsnapshot, index,\naudit, export")
        ai = Server("AI co-editor\nparticipant, policy,\nsuggestion layer")
        gpus = Rack("Model pool\n8B complete,\n70B rewrite")

    users >> lb >> gw
    gw >> Edge(label="ops, acks,\ncursors") >> owner
    gw >> Edge(label="ACL at join", style="dashed") >> meta
    owner >> Edge(label="lease", style="dashed") >> lease
    owner >> Edge(label="batch append\nbefore ack") >> log
    owner >> Edge(label="load on claim", style="dashed") >> snaps
    log >> stream >> workers
    workers >> Edge(label="write") >> snaps
    ai >> Edge(label="ops as\nai:<run id>") >> owner
    ai >> Edge(label="redacted\ncontext") >> gpus
