#!/usr/bin/env bash
set -euo pipefail
# The current policies.
aws iam attach-role-policy --role-name OrderProcessor --policy-arn arn:aws:iam::aws:policy/AWSLambda_FullAccess
aws iam attach-role-policy --role-name OrderProcessor --policy-arn arn:aws:iam::aws:policy/AmazonECS_FullAccess
# Detaching a deprecated policy, or reading it, is how you migrate away from it.
aws iam detach-role-policy --role-name OrderProcessor --policy-arn arn:aws:iam::aws:policy/AWSLambdaFullAccess
aws iam get-policy --policy-arn arn:aws:iam::aws:policy/AWSLambdaFullAccess
