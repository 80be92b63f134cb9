#!/usr/bin/env bash
# Sets up the order service: an execution role for its functions and a user for the CI job.
set -euo pipefail
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)

# The role gets a whole path from one (deprecated) AWS managed policy: AWSLambdaFullAccess
# grants iam:PassRole and lambda:* on "*".
aws iam create-role --role-name order-processor \
    --assume-role-policy-document file://lambda-trust-policy.json
aws iam attach-role-policy --role-name order-processor \
    --policy-arn arn:aws:iam::aws:policy/AWSLambdaFullAccess

# The user gets the path from two policies together; neither is a path on its own.
aws iam create-user --user-name ci-deployer
aws iam put-user-policy --user-name ci-deployer --policy-name DeployFunctions \
    --policy-document file://deploy-functions.json
aws iam create-policy --policy-name PassExecutionRoles \
    --policy-document file://pass-execution-roles.json
aws iam attach-user-policy --user-name ci-deployer \
    --policy-arn "arn:aws:iam::${ACCOUNT_ID}:policy/PassExecutionRoles"
