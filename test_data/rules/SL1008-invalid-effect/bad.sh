#!/usr/bin/env bash
aws iam create-role --role-name Worker --assume-role-policy-document '{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'
