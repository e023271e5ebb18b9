"""MVP of online chess: one game process owns every live game; Postgres keeps each move before it is acknowledged."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Nginx

with Diagram("Online chess MVP", direction="LR"):
    players = Users("Players and\nspectators\n(browser, app)")
    with Cluster("One region"):
        lb = Nginx("Load balancer\nTLS, WebSocket\nupgrade")
        app = Server("Game server\n(one process)\ngame actors, clocks,\npools, ratings")
        db = SQL("Postgres\nusers, games,\nmoves, ratings")

    players >> Edge(label="WebSocket: moves,\nacks, pings") >> lb >> app
    app >> Edge(label="move row per ply\n(before the ack);\nresult, ratings") >> db
