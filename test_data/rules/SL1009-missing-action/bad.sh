#!/usr/bin/env bash
# The trust policy names who may assume the role but not the action.
aws iam create-role --role-name Worker --assume-role-policy-document '{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}}]
}'
