#!/usr/bin/env bash
# A trailing space inside the quotes is enough for IAM to reject the version.
aws iam create-role --role-name Worker --assume-role-policy-document '{"Version": "2012-10-17 ", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'
