"""Recommended design: a risk router sends each question down one of three lanes; forum text is evidence, never instruction."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.network import Internet
from diagrams.programming.flowchart import Decision, Document, Inspection

with Diagram("Forum retrieval with risk tiers", direction="LR"):
    user = Users("User")
    router = Decision("Risk router\ntier 0-3")

    with Cluster("Ingestion (offline)"):
        forums = Internet("Forums\nrobots.txt, licence")
        ingest = Server("Crawler + filters\nlicence, PII scrub,\ntombstones")

    with Cluster("Indexes"):
        forum_idx = Storage("Forum index\nvotes, date,\nlicence per chunk")
        allow_idx = Storage("Allow-list index\nvetted sources")

    with Cluster("Answer path"):
        check = Inspection("Passage check\nharm, injection,\nage, corroboration")
        model = Server("Answer model\ncite or drop")
        judge = Inspection("Output check\nsecond pass\n(tiers 1-2)")

    cards = Document("Reviewed cards\ncrisis resources\n(tier 3)")

    forums >> Edge(label="crawl within\nrobots rules") >> ingest
    ingest >> forum_idx
    ingest >> allow_idx
    user >> Edge(label="question") >> router
    router >> Edge(label="tier 0-1") >> forum_idx
    router >> Edge(label="tier 2") >> allow_idx
    router >> Edge(label="tier 3,\nno retrieval", style="bold") >> cards
    forum_idx >> Edge(label="top-k") >> check
    allow_idx >> Edge(label="top-k") >> check
    check >> Edge(label="passages\nas data") >> model
    model >> judge
    judge >> Edge(label="cited answer", style="dashed") >> user
    cards >> Edge(label="card + hotline", style="dashed") >> user
