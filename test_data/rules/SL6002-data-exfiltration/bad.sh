#!/usr/bin/env bash
# A reporting role that needs one bucket gets AmazonS3ReadOnlyAccess: s3:Get* on every bucket.
set -euo pipefail
aws iam create-role --role-name report-builder \
    --assume-role-policy-document file://lambda-trust-policy.json
aws iam attach-role-policy --role-name report-builder \
    --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
