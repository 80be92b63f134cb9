"""Queues a migrated image for stacking, and keeps a copy of its header."""
import json
import os

import boto3

sqs = boto3.client("sqs")
s3 = boto3.resource("s3")
QUEUE_URL = os.environ["QUEUE_URL"]


def handler(event, context):
    # sqs.delete_queue(QueueUrl=QUEUE_URL) would need sqs:DeleteQueue: a comment is not a call.
    bucket = s3.Bucket("imaging-results")
    bucket.download_file(event["key"], "/tmp/image.segy")
    header = s3.Object("imaging-results", event["key"] + ".header")
    header.put(Body=b"...")
    sqs.send_message(QueueUrl=QUEUE_URL, MessageBody=json.dumps(event))
    return {"queued": event["key"]}
