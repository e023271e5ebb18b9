"""Scaled online chess: stateless gateways, one leased owner per game, a live move store, and fan-out relays."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Cassandra
from diagrams.onprem.network import Envoy, Etcd, Nginx
from diagrams.onprem.queue import Kafka, Nats

with Diagram("Online chess at scale", direction="LR"):
    users = Users("Players and\nspectators")
    with Cluster("One region (of several)"):
        lb = Nginx("L4 balancers\nper-IP caps")
        gw = Envoy("Gateways\nTLS, auth, pings,\nroute by game id")
        mm = Server("Matchmakers\none per pool,\nwaves")
        game = Server("Game servers\none owner per game,\nclock timers")
        lease = Etcd("Ownership\nleases, epochs")
        live = Cassandra("Live move store\n(game, ply),\nquorum, TTL")
        relay = Nats("Broadcast relays\nspectator fan-out")
        done = Kafka("Finished games")
        archive = SQL("Game archive\nby game id")
        fair = Server("Fair-play review\nsignals, engines")

    users >> lb >> gw
    gw >> Edge(label="join pool") >> mm
    mm >> Edge(label="create game") >> game
    gw >> Edge(label="move, ply, ack id") >> game
    game >> Edge(label="lease", style="dashed") >> lease
    game >> Edge(label="append\nbefore ack") >> live
    game >> Edge(label="events") >> relay
    relay >> Edge(label="to spectators'\ngateways", style="dashed") >> gw
    game >> Edge(label="result") >> done
    done >> archive
    done >> fair
