#!/usr/bin/env bash
set -euo pipefail
aws iam attach-role-policy --role-name OrderProcessor \
    --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess
aws iam attach-user-policy --user-name alice --policy-arn arn:aws:iam::aws:policy/IAMFullAccess
aws iam attach-group-policy --group-name Developers --policy-arn arn:aws:iam::aws:policy/AWSLambda_FullAccess
