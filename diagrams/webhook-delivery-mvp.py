"""MVP of the webhook delivery platform: one queue, one worker pool."""

from diagrams import Cluster, Diagram, Edge
from diagrams.onprem.client import Client
from diagrams.onprem.database import PostgreSQL
from diagrams.onprem.network import Internet
from diagrams.programming.framework import FastAPI
from diagrams.onprem.queue import RabbitMQ
from diagrams.onprem.compute import Server

with Diagram("Webhook delivery MVP", direction="LR"):
    publisher = Client("Tenant service\n(publisher)")
    with Cluster("Webhook platform"):
        api = FastAPI("Events API")
        db = PostgreSQL("Events and\ndeliveries")
        queue = RabbitMQ("Delivery queue")
        workers = Server("Delivery workers")
    endpoint = Internet("Subscriber\nendpoint")

    publisher >> Edge(label="POST /events") >> api
    api >> Edge(label="insert event +\ndelivery rows") >> db
    api >> queue >> workers
    workers >> Edge(label="signed POST") >> endpoint
    workers >> Edge(label="record attempt") >> db
