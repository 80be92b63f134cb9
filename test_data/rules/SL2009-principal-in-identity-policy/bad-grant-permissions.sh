#!/usr/bin/env bash
# Permissions written as if they were a bucket policy: Principal has no place here.
set -euo pipefail

aws iam put-role-policy --role-name ReportBuilder --policy-name ReadReports \
    --policy-document file://bad-inline-policy.json

aws iam create-policy --policy-name DenyOthersDeletes \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::851065145468:role/Admin"},"Action":"s3:DeleteObject","Resource":"*"}]}'
