"""De-optimised support assistant: a narrow, cited answer path, and a handoff that is always one step away."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, User, Users
from diagrams.onprem.compute import Server
from diagrams.programming.flowchart import Decision, Document, Inspection

with Diagram("Support assistant: narrow scope, cited answers, easy handoff", direction="LR"):
    customer = Client("Customer asks\n(chat widget)")
    screen = Client("Customer sees\ncited answer or\n'agent joining'")
    owners = Users("Policy owners\npublish with\neffective date")
    with Cluster("Assistant"):
        router = Decision("Router\nintent, scope,\ndistress")
        approved = SQL("Approved answers\n+ account lookups\n(no generation)")
        policy = Document("Policy store\nversioned")
        answerer = Server("Grounded answer\nmust cite a\npolicy passage")
        check = Inspection("Citation check\nclaim vs passage")
        audit = Storage("Transcripts +\nweekly audit sample")
    queue = Server("Handoff queue\nsummary + citations")
    agent = User("Human agent\nrefunds, exceptions,\ncrisis")

    customer >> Edge(label="question") >> router
    router >> Edge(label="top intents") >> approved
    router >> Edge(label="documented policy") >> answerer
    owners >> Edge(label="publish") >> policy
    policy >> Edge(label="passages") >> answerer
    answerer >> Edge(label="draft") >> check
    approved >> Edge(label="fixed text") >> screen
    check >> Edge(label="passes: answer\n+ policy link") >> screen
    check >> Edge(label="fails") >> queue
    router >> Edge(label="out of scope, money,\ndistress, 'human'") >> queue
    queue >> agent
    agent >> Edge(label="reply", style="dashed") >> screen
    check >> Edge(style="dotted") >> audit
