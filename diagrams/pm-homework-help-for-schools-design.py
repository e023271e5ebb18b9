"""Homework help for schools: the guarded request path, from a student's question to a checked answer."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.generic.network import Firewall
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Client, Users
from diagrams.onprem.compute import Server
from diagrams.onprem.queue import RabbitMQ
from diagrams.programming.flowchart import Decision

with Diagram("Homework help: guarded request path", direction="LR"):
    student = Client("Student asks\n(school sign-in)")
    screen = Client("Student sees\nchecked text")
    with Cluster("Vendor, one tenant per district"):
        gate = Server("Gateway\nroster, age band,\nlimits")
        checks = Firewall("Input checks\nharm + scope;\nblocked: fixed reply")
        vetted = SQL("Pre-vetted\nanswers")
        materials = Storage("Approved\nmaterials")
        model = Rack("Frozen model\nhint policy\nper age band")
        out = Decision("Output check\nper chunk")
        queue = RabbitMQ("Escalation\nqueue")
        audit = Storage("Audit log\nverdicts +\nflagged turns")
    school = Users("School staff\ncounselor, admin")

    student >> Edge(label="question") >> gate >> checks
    checks >> Edge(label="known question") >> vetted >> screen
    checks >> Edge(label="passed") >> model
    materials >> Edge(label="passages") >> model
    model >> Edge(label="chunks") >> out
    out >> Edge(label="after pass") >> screen
    checks >> Edge(label="disclosure", style="dashed") >> queue
    out >> Edge(label="verdicts", style="dashed") >> audit
    queue >> Edge(label="same-day review") >> school
    audit >> Edge(label="export, delete", style="dotted") >> school
