"""A sharded counter: writers increment a random shard; readers sum the shards, or read a periodic rollup."""

from diagrams import Cluster, Diagram, Edge
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.database import Cassandra
from diagrams.onprem.inmemory import Redis

with Diagram("Sharded counter", direction="LR"):
    writers = Users("Writers\n(increments)")
    api = Server("Counter API\n(buffers 1 s)")
    with Cluster("Counter shards"):
        shards = [Cassandra("shard 0"), Cassandra("shard 1"), Cassandra("shard N-1")]
    rollup = Server("Rollup job\n(sums shards)")
    total = Redis("Cached total")
    readers = Users("Readers")

    writers >> api
    for shard in shards:
        api >> Edge(label="INCR random\nshard") >> shard
        shard >> Edge(style="dashed") >> rollup
    rollup >> Edge(label="every few s") >> total
    readers >> Edge(label="read total") >> total
