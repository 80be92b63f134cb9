#!/usr/bin/env bash
set -euo pipefail

# The trust policy names who may assume the role: Principal is required here.
aws iam create-role --role-name ReportBuilder \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

# The permissions apply to the role they are attached to: no Principal.
aws iam put-role-policy --role-name ReportBuilder --policy-name ReadReports \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports-851065145468/*"}]}'
