#!/bin/bash
aws iam create-role --role-name queue-admin \
  --assume-role-policy-document file://trust.json

# slim-lint: ignore SL5003 -- the queue administration role owns every queue in this account
aws iam attach-role-policy --role-name queue-admin \
  --policy-arn arn:aws:iam::aws:policy/AmazonSQSFullAccess
