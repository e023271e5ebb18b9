"""Recommended design: on-device speech pipeline with guards, read-back confirmation and human escalation."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.database import SQL
from diagrams.generic.device import Tablet
from diagrams.onprem.client import User, Users
from diagrams.onprem.compute import Server
from diagrams.programming.flowchart import Decision, Document, ManualInput, PredefinedProcess

with Diagram("Bedside translation: confirm or escalate", direction="LR"):
    clinician = User("Clinician")
    patient = User("Patient")
    with Cluster("Bedside device (works offline)"):
        phrases = Document("Vetted phrase bank\n+ dose keypad")
        speech = PredefinedProcess("Speech in:\nASR -> domain MT")
        guard = Decision("Guards: numbers,\nglossary, negation,\nconfidence")
        confirm = ManualInput("Read-back:\nclinician confirms,\npatient taps Yes/No")
        out = Tablet("Speech out +\nlarge text")
        audit = SQL("Encrypted\naudit log")
    interpreter = Users("Qualified human\ninterpreter (remote)")
    hospital = Server("Hospital record\n(in region, BAA)")

    clinician >> Edge(label="critical instruction") >> phrases >> out
    clinician >> Edge(label="free speech") >> speech
    patient >> Edge(label="free speech") >> speech
    speech >> guard
    guard >> Edge(label="critical item") >> confirm >> out
    guard >> out
    out >> patient
    guard >> Edge(label="low confidence,\nconsent, dosing text", color="firebrick", style="bold") >> interpreter
    confirm >> Edge(label="rejected twice", color="firebrick", style="dashed") >> interpreter
    out >> Edge(style="dashed") >> audit
    audit >> Edge(label="sync when online", style="dashed") >> hospital
