#!/usr/bin/env bash
# A Lambda function role with what its code calls: logs, and one table.
set -euo pipefail
aws iam create-role --role-name order-reader \
    --assume-role-policy-document file://lambda-trust-policy.json
aws iam attach-role-policy --role-name order-reader \
    --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam put-role-policy --role-name order-reader --policy-name ReadOrders \
    --policy-document file://read-orders.json

# EMR's service role: the escalation path in AmazonEMRServicePolicy_v2 (iam:PassRole and
# ec2:RunInstances) is how EMR works, and EMR is not a compute service that runs your code as
# this role.
aws iam create-role --role-name emr-service \
    --assume-role-policy-document file://emr-trust-policy.json
aws iam attach-role-policy --role-name emr-service \
    --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2

# Service roles of EKS and Batch: the service acts with them, no code of the account runs as
# them, so they are not compute roles even with a policy that could escalate.
aws iam create-role --role-name eks-cluster \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
aws iam put-role-policy --role-name eks-cluster --policy-name ManageRoles \
    --policy-document file://manage-role-policies.json
aws iam create-role --role-name batch-service \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"batch.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
aws iam put-role-policy --role-name batch-service --policy-name ManageRoles \
    --policy-document file://manage-role-policies.json
