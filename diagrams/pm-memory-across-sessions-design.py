"""Memory across sessions: user-owned notes plus reviewed, allow-listed extraction, with audit and real deletion."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.network import Firewall
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, User
from diagrams.onprem.compute import Server
from diagrams.onprem.queue import RabbitMQ
from diagrams.programming.flowchart import ManualInput

with Diagram("Memory across sessions: recommended design", direction="LR"):
    user = User("User\nsees, edits,\ndeletes all")
    admin = Client("Enterprise admin\nmemory on/off,\nretention")
    with Cluster("Conversation path"):
        assemble = Server("Context assembly\npinned + top 10,\nper conversation")
        model = Server("Model")
        audit = Storage("Audit log\nmemory ids +\nversion per turn")
    with Cluster("Memory service (per-user partition, own key)"):
        store = SQL("Memory store\ntext, source,\nconsent, version")
        extract = Firewall("Extractor\nallowed types,\nsensitive filter")
        review = ManualInput("Notice + undo;\nconfirm after\nuntrusted input")
    deletes = RabbitMQ("Deletion queue\ncaches, index,\nwarehouse")

    user >> Edge(label="remember / forget") >> store
    store >> Edge(label="read at start") >> assemble >> model
    assemble >> Edge(style="dashed") >> audit
    model >> Edge(label="finished chat", style="dashed") >> extract >> review >> Edge(label="kept") >> store
    review >> Edge(label="shown to") >> user
    store >> Edge(label="on delete") >> deletes
    admin >> Edge(label="org policy", style="dotted") >> store
