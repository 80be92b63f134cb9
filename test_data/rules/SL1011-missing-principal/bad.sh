#!/usr/bin/env bash
# The trust policy was copied from a permissions policy: it says what, not who.
aws iam create-role --role-name Worker --assume-role-policy-document '{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
}'
