"""MVP web crawler: one relational database is the frontier and the URL-seen set; fetchers write WARC files to blob storage."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import User
from diagrams.onprem.compute import Server
from diagrams.onprem.dns import Coredns
from diagrams.onprem.network import Internet

with Diagram("Web crawler MVP", direction="LR"):
    seeds = User("Seed URLs,\nsitemaps")
    with Cluster("Crawler (one region)"):
        db = SQL("Relational DB\nurls: host, priority,\nnext_fetch_at, hash")
        fetchers = Server("Fetcher workers\nrobots cache,\nper-host gap")
        dns = Coredns("Caching\nresolver")
        parser = Server("Parser\nlinks, text,\ncontent hash")
        blob = Storage("Blob storage\nWARC + text")
    web = Internet("Web servers")

    seeds >> Edge(label="insert") >> db
    fetchers >> Edge(label="claim due URLs\n(one host at a time)") >> db
    fetchers >> Edge(label="resolve once\nper host") >> dns
    fetchers >> Edge(label="GET robots.txt,\nthen pages", minlen="2") >> web
    fetchers >> Edge(label="raw response") >> blob
    blob >> Edge(label="new WARC") >> parser
    parser >> Edge(label="upsert links\n(unique url hash)", style="dashed") >> db
