#!/usr/bin/env bash
# The platform group may change any role's policies and trust: its members can rewrite who may
# do what in the account.
set -euo pipefail
aws iam create-group --group-name platform
aws iam put-group-policy --group-name platform --policy-name ManageRoles \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PutRolePolicy","iam:AttachRolePolicy","iam:UpdateAssumeRolePolicy"],"Resource":"*"}]}'
