#!/usr/bin/env bash
# A support user who may assume any role and mint federation tokens for anyone.
set -euo pipefail
aws iam create-user --user-name support-engineer
aws iam put-user-policy --user-name support-engineer --policy-name Impersonate \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole","sts:GetFederationToken"],"Resource":"*"}]}'
