#!/usr/bin/env bash
aws iam put-role-policy --role-name Worker --policy-name Queue --policy-document '{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage"]}]
}'
