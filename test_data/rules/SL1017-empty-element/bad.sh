#!/usr/bin/env bash
# The list of actions was never filled in.
aws iam put-role-policy --role-name Worker --policy-name Reports --policy-document '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [], "Resource": "arn:aws:s3:::reports/*"}]}'
