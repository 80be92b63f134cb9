#!/usr/bin/env bash
# The same set-up within the quotas. IAM does not count whitespace outside strings, so the
# pretty-printed files below are longer than the quota on disk but fit.
set -euo pipefail
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)

aws iam create-policy --policy-name ArchiveReaderRecent \
    --policy-document file://good-archive-reader-policy.json
aws iam create-role --role-name github-deploy-recent \
    --assume-role-policy-document file://good-deploy-trust-policy.json
aws iam attach-role-policy --role-name github-deploy-recent \
    --policy-arn "arn:aws:iam::${ACCOUNT_ID}:policy/ArchiveReaderRecent"

# Two inline policies, about 7,900 characters together: within a role's 10,240.
aws iam create-role --role-name order-api-lite \
    --assume-role-policy-document file://lambda-trust-policy.json
aws iam put-role-policy --role-name order-api-lite --policy-name OrdersTables \
    --policy-document file://orders-tables.json
aws iam put-role-policy --role-name order-api-lite --policy-name BillingTables \
    --policy-document file://billing-tables.json
