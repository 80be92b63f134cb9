#!/usr/bin/env bash
# Roles that compute services assume, each with a way to take more than it was given.
set -euo pipefail
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)

# A build runner on EC2 may put any inline policy on any role, its own included.
aws iam create-role --role-name build-runner \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
aws iam put-role-policy --role-name build-runner --policy-name ManageRoles \
    --policy-document file://manage-role-policies.json

# A Step Functions state machine role with AWSLambda_FullAccess: it may create a function with
# any role that Lambda can assume, and invoke it.
aws iam create-role --role-name order-workflow \
    --assume-role-policy-document file://states-trust-policy.json
aws iam attach-role-policy --role-name order-workflow \
    --policy-arn arn:aws:iam::aws:policy/AWSLambda_FullAccess

# An ECS task role that may launch instances with any instance profile.
aws iam create-role --role-name batch-launcher \
    --assume-role-policy-document file://ecs-tasks-trust-policy.json
aws iam create-policy --policy-name LaunchWorkers \
    --policy-document file://launch-workers.json
aws iam attach-role-policy --role-name batch-launcher \
    --policy-arn "arn:aws:iam::${ACCOUNT_ID}:policy/LaunchWorkers"

# A pod role for EKS Pod Identity: every pod of the service account runs with it.
aws iam create-role --role-name ingest-pods \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}'
aws iam put-role-policy --role-name ingest-pods --policy-name ManageRoles \
    --policy-document file://manage-role-policies.json
