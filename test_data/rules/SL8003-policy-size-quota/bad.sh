#!/usr/bin/env bash
# Deployment set-up whose policies have outgrown IAM's size quotas: each marked call fails.
set -euo pipefail
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)

# 1. A customer managed policy over 6,144 characters: create-policy fails.
aws iam create-policy --policy-name ArchiveReader \
    --policy-document file://bad-archive-reader-policy.json

# 2. A trust policy over 2,048 characters (the default quota): create-role fails.
aws iam create-role --role-name github-deploy \
    --assume-role-policy-document file://bad-deploy-trust-policy.json
aws iam attach-role-policy --role-name github-deploy \
    --policy-arn "arn:aws:iam::${ACCOUNT_ID}:policy/ArchiveReader"

# 3. Inline policies of one role over 10,240 characters together: the third put fails.
aws iam create-role --role-name order-api \
    --assume-role-policy-document file://lambda-trust-policy.json
aws iam put-role-policy --role-name order-api --policy-name OrdersTables \
    --policy-document file://orders-tables.json
aws iam put-role-policy --role-name order-api --policy-name BillingTables \
    --policy-document file://billing-tables.json
aws iam put-role-policy --role-name order-api --policy-name ShippingTables \
    --policy-document file://shipping-tables.json
