#!/bin/bash
# A misspelled code can never suppress anything; it is reported with the closest code.
aws iam create-role --role-name queue-auditor \
  --assume-role-policy-document file://trust.json

# slim-lint: ignore SL50003 -- auditors read every queue
aws iam attach-role-policy --role-name queue-auditor \
  --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
