"""MVP of a question-and-answer site: a CDN in front of one relational database that also does search and similar-question lookup."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.network import Internet, Nginx
from diagrams.onprem.queue import Celery

with Diagram("Question and answer site MVP", direction="LR"):
    readers = Internet("Logged-out readers\nand crawlers")
    members = Users("Logged-in\nmembers")
    cdn = Nginx("CDN\nlogged-out pages,\n10 min TTL")
    with Cluster("One region"):
        app = Server("Web and API\n(stateless monolith)")
        cache = Redis("Cache\nsessions, fragments,\ncounter buffers")
        primary = SQL("Relational primary\nquestions, answers,\nvotes, follows,\nfull-text, vectors")
        replica = SQL("Read replica")
        jobs = Celery("Job workers\nnotifications, digests,\nmoderation, embeddings")

    readers >> Edge(label="GET /q/slug") >> cdn
    cdn >> Edge(label="miss") >> app
    members >> Edge(label="pages, votes,\nanswers") >> app
    app >> Edge(label="hot reads,\nbatched counters") >> cache
    app >> Edge(label="writes") >> primary
    app >> Edge(label="reads, search") >> replica
    primary >> Edge(label="replication", style="dashed") >> replica
    app >> Edge(label="enqueue", style="dashed") >> jobs
    jobs >> Edge(label="rows, emails") >> primary
