#!/usr/bin/env bash
set -euo pipefail
# Both files sit next to this script: trust.json and policies/orders.json.
POLICY_DIR=policies
aws iam create-role --role-name OrderProcessor --assume-role-policy-document file://trust.json
aws iam put-role-policy --role-name OrderProcessor --policy-name Orders \
    --policy-document "file://${POLICY_DIR}/orders.json"
aws iam create-policy --policy-name OrdersManaged --policy-document file://./policies/orders.json
