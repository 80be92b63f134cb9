#!/usr/bin/env bash
# The trust policy is written inline; a comma is missing after the Principal object.
aws iam create-role --role-name Worker --assume-role-policy-document '{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "lambda.amazonaws.com"}
      "Action": "sts:AssumeRole"
    }
  ]
}'

# One line, double-quoted with escapes: the location still maps into the script.
aws iam put-role-policy --role-name Worker --policy-name Logs \
  --policy-document "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"logs:PutLogEvents\", \"Resource\": \"*\",}]}"

# Cut short: the closing brackets are missing from the argument.
aws iam put-role-policy --role-name Worker --policy-name Queue --policy-document '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*"}'

# An empty file (a heredoc that never ran, a failed download) is still read through file://.
aws iam put-role-policy --role-name Worker --policy-name Extra --policy-document file://bad_empty.json
