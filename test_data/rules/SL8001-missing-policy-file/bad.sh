#!/usr/bin/env bash
set -euo pipefail
POLICY_DIR=policies
aws iam create-role --role-name OrderProcessor --assume-role-policy-document file://trust.json
# A typo in the file name.
aws iam put-role-policy --role-name OrderProcessor --policy-name Orders \
    --policy-document file://order-policy.json
# The variable is resolved before the path is looked up.
aws iam create-policy --policy-name Reports --policy-document "file://${POLICY_DIR}/reports.json"
# fileb:// is checked too.
aws iam update-assume-role-policy --role-name OrderProcessor --policy-document fileb://trust-v2.json
# A variable set outside the script cannot be resolved.
aws iam create-policy --policy-name Archive --policy-document "file://${CONFIG_DIR}/archive.json"
# Every file:// argument of any aws command must exist.
aws s3api put-bucket-policy --bucket reports-bucket --policy file://bucket-policy.json
