#!/usr/bin/env bash
aws iam put-group-policy --group-name Developers --policy-name OwnKeys --policy-document '{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": "iam:*AccessKey*", "Resource": "arn:aws:iam::*:user/${aws:username"}]
}'
