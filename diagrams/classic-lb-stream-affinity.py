"""Load balancing for long-lived streams: L4 spreads connections, L7 pins a conversation to a stream server."""

from diagrams import Cluster, Diagram, Edge
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Envoy, Internet

with Diagram("Stream affinity", direction="LR"):
    clients = Users("Clients\n(SSE streams)")
    edge = Internet("Anycast IP /\nL4 balancer")
    with Cluster("L7 proxies"):
        proxies = [Envoy("proxy 1"), Envoy("proxy 2")]
    with Cluster("Stream servers"):
        servers = [Server("server A"), Server("server B"), Server("server C")]
    resume = Redis("Resume buffer\n(by response id)")

    clients >> Edge(label="TLS, 1 conn\nper stream") >> edge
    edge >> proxies
    for proxy in proxies:
        proxy >> Edge(label="hash(conversation)\nor least-loaded") >> servers[1]
    proxies[0] >> Edge(style="dashed") >> servers[0]
    proxies[1] >> Edge(style="dashed") >> servers[2]
    servers[1] >> Edge(label="append chunks") >> resume
    servers[2] >> Edge(label="reconnect with\nLast-Event-ID", style="dashed") >> resume
