#!/usr/bin/env bash
# The build role may pass roles to Lambda functions it creates and invokes, but its permissions
# boundary allows only reading the artifact bucket: none of the escalation path is effective.
set -euo pipefail
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
aws iam create-policy --policy-name build-boundary \
    --policy-document file://build-boundary.json
aws iam create-role --role-name nightly-build \
    --assume-role-policy-document file://lambda-trust-policy.json \
    --permissions-boundary "arn:aws:iam::${ACCOUNT_ID}:policy/build-boundary"
aws iam put-role-policy --role-name nightly-build --policy-name DeployFunctions \
    --policy-document file://nightly-build-policy.json

# A user whose boundary is an AWS managed read-only policy: it allows neither iam:PassRole nor
# lambda:CreateFunction, so the same inline policy opens no path for it either.
aws iam create-user --user-name nightly-publisher \
    --permissions-boundary arn:aws:iam::aws:policy/ReadOnlyAccess
aws iam put-user-policy --user-name nightly-publisher --policy-name DeployFunctions \
    --policy-document file://nightly-build-policy.json
