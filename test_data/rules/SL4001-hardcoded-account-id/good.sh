#!/usr/bin/env bash
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
aws iam attach-role-policy --role-name Worker \
    --policy-arn "arn:aws:iam::${ACCOUNT_ID}:policy/WorkerPolicy"
# AWS managed policies carry "aws" where the account goes.
aws iam attach-role-policy --role-name Worker --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
