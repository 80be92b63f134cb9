#!/bin/bash
# A suppression must say why: without a reason it suppresses nothing and is reported.
aws iam create-role --role-name queue-worker \
  --assume-role-policy-document file://trust.json

# slim-lint: ignore SL5003
aws iam attach-role-policy --role-name queue-worker \
  --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
