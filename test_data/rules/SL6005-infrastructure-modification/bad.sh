#!/usr/bin/env bash
# A queue worker that may change every queue and topic of the account.
set -euo pipefail
aws iam create-role --role-name queue-worker \
    --assume-role-policy-document file://ecs-tasks-trust-policy.json
aws iam put-role-policy --role-name queue-worker --policy-name Messaging \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sqs:DeleteMessage","sqs:SendMessage","sqs:SetQueueAttributes","sqs:PurgeQueue","sns:Publish","sns:DeleteTopic"],"Resource":"*"}]}'
