#!/bin/bash
# The role once had AmazonSQSFullAccess; the policy was narrowed, the suppression stayed.
aws iam create-role --role-name queue-reader \
  --assume-role-policy-document file://trust.json

# slim-lint: ignore SL5003 -- needed until the queue consumer is rewritten
aws iam attach-role-policy --role-name queue-reader \
  --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
