"""Recommended design for learning from user corrections: three lanes, only one of them gated into training."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.network import Firewall
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis
from diagrams.onprem.monitoring import Grafana

with Diagram("Learning from user corrections", direction="LR"):
    users = Users("Users\nthumbs, corrections")
    log = SQL("Feedback API + log\nconsent, account age,\nprovenance")
    with Cluster("Evaluation lane (every signal)"):
        triage = Grafana("Clusters, spikes,\nT&S alerts, eval sets")
    with Cluster("Training lane (opted-in corrections, weekly)"):
        gate = Firewall("Cap per account,\nabuse, PII,\nsafety filters")
        review = Users("Reviewers rewrite,\napprove; batch\nsnapshot id")
        train = Server("Fine-tune +\neval gate: win,\nsafety, sycophancy")
        registry = SQL("Model registry\nprevious version\nkept warm")
    with Cluster("Serving lane (next turn, scoped)"):
        memory = Redis("Correction memory\nper user / per org,\nsource attached")
        chat = Server("Chat service")

    users >> Edge(label="rate / correct") >> log
    log >> Edge(label="all signals") >> triage
    log >> Edge(label="opted in") >> gate
    log >> Edge(label="fact for me\nor my org") >> memory
    gate >> review >> train >> Edge(label="staged\nrollout") >> registry
    memory >> Edge(label="read at\ncontext build") >> chat
    registry >> Edge(label="serves;\nrevert < 1 h", style="dashed") >> chat
