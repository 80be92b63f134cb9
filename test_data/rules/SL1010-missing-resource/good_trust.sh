#!/usr/bin/env bash
# A trust policy has no Resource: the role itself is the resource.
aws iam create-role --role-name Worker --assume-role-policy-document '{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]
}'
