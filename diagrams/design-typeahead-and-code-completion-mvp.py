"""MVP: typeahead from one in-memory sorted index rebuilt daily; code completion from an editor extension to one small-model pool."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.storage import Storage
from diagrams.onprem.analytics import Spark
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.programming.flowchart import Document

with Diagram("Typeahead and code completion MVP", direction="LR"):
    with Cluster("Part two: editor"):
        ide = Client("IDE extension\ndebounce, cancel,\nprompt builder")
        lsp = Server("Language server\n(local symbol index)")
        gateway = Server("Completion API\nauth, cancel,\nsticky route")
        gpus = Rack("Small model pool\n8B on H100s,\nprefix cache")
    with Cluster("Part one: search box"):
        browser = Users("Browser\ndebounce 30 ms,\nabort stale")
        suggest = Server("Suggest service\nsorted index\nin memory")
        logs = Storage("Search logs\n(submitted queries)")
        batch = Spark("Daily job\ndecayed scores,\nthresholds, filter")
        index = Document("Index file\nper locale")

    browser >> Edge(label="GET /suggest?q=") >> suggest
    browser >> Edge(label="submitted search", style="dashed") >> logs
    logs >> batch >> index
    index >> Edge(label="load at start\nand daily", style="dotted") >> suggest
    ide >> Edge(label="members,\nsignatures") >> lsp
    ide >> Edge(label="FIM prompt;\nghost text back") >> gateway >> gpus
