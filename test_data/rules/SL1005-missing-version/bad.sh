#!/usr/bin/env bash
aws iam create-role --role-name Worker --assume-role-policy-document '{"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'
aws iam put-role-policy --role-name Worker --policy-name Queue --policy-document '{
    "Statement": {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:851065145468:jobs"}
}'
