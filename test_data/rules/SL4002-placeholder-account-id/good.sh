#!/usr/bin/env bash
# The documentation uses 123456789012; this script looks the real ID up.
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
aws iam attach-role-policy --role-name Worker \
    --policy-arn "arn:aws:iam::${ACCOUNT_ID}:policy/WorkerPolicy"
# Thirteen digits are not an account ID.
aws logs put-retention-policy --log-group-name "/jobs/1234567890123" --retention-in-days 30
