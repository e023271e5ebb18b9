"""MVP of a ChatGPT-like assistant: one region, one chat service, one relational store, one model pool."""

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.compute import Rack
from diagrams.generic.database import SQL
from diagrams.generic.device import Mobile
from diagrams.generic.storage import Storage
from diagrams.onprem.client import Users
from diagrams.onprem.compute import Server
from diagrams.onprem.inmemory import Redis

with Diagram("ChatGPT-like assistant MVP", direction="TB"):
    web = Users("Web app")
    app = Mobile("Mobile app")
    with Cluster("One region"):
        chat = Server("Chat service\nauth, context,\nSSE stream")
        mod = Server("Moderation\nclassifier")
        gpus = Rack("70B replicas\n8x H100 each")
        limits = Redis("Redis\nlimits, stream\nbuffer")
        db = SQL("Relational DB\nconversations,\nmessage tree")
        files = Storage("Object store\nattachments")

    web >> Edge(label="POST message,\nSSE back") >> chat
    app >> Edge(label="same API") >> chat
    chat >> Edge(label="input, output\nchunks") >> mod
    chat >> Edge(label="prompt;\ntokens back") >> gpus
    chat >> Edge(label="tokens\nby seq") >> limits
    chat >> Edge(label="write turn,\nload branch") >> db
    chat >> Edge(label="presigned\nupload") >> files
