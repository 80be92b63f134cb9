#!/usr/bin/env bash
set -euo pipefail
ACCOUNT_ID=123456789012
aws iam attach-role-policy --role-name Worker \
    --policy-arn "arn:aws:iam::111122223333:policy/WorkerPolicy"
aws iam put-role-policy --role-name Worker --policy-name Queue \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:eu-west-1:444455556666:jobs"}]}'
# Not reported: a here-document body is not read.
cat > trust.json <<JSON
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}
JSON
