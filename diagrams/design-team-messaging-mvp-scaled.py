"""Scaled team messaging: stateless gateways, a sharded message store with an outbox, an event log, channel routers and an ephemeral bus."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Envoy, Haproxy, Internet
from diagrams.onprem.queue import Kafka
from diagrams.onprem.search import Solr

with Diagram("Team messaging at scale", direction="LR"):
    clients = Users("Clients\none socket\nper device")
    with Cluster("One cell (a set of workspaces)"):
        l4 = Haproxy("L4 balancers")
        gw = Envoy("Gateways\nsockets, auth,\nsubscriptions")
        api = Server("Message API\nidempotency, seq,\nsync since seq")
        store = SQL("Message store\nsharded by\nworkspace + outbox")
        cursors = Redis("Read state\ncursors, heads")
        log = Kafka("Event log\nfrom outbox,\nkeyed by channel")
        router = Server("Channel routers\nchannel -> gateways")
        bus = Redis("Ephemeral bus\ntyping, presence")
        notifier = Server("Notifier\noffline members")
        search = Solr("Search index\nper workspace")
    apns = Internet("APNs / FCM")

    clients >> l4 >> gw
    gw >> Edge(xlabel="send, sync") >> api
    api >> store
    api >> Edge(style="dashed") >> cursors
    store >> log
    log >> router
    router >> Edge(xlabel="one copy\nper gateway") >> gw
    gw >> Edge(style="dashed") >> bus
    log >> notifier >> apns
    log >> search
