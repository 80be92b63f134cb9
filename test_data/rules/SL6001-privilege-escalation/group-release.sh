#!/usr/bin/env bash
# The release engineers get the path through their group's inline policy.
set -euo pipefail
aws iam create-group --group-name release-engineers
aws iam put-group-policy --group-name release-engineers --policy-name DeployFunctions \
    --policy-document file://group-deploy-functions.json
aws iam put-group-policy --group-name release-engineers --policy-name PassExecutionRoles \
    --policy-document file://bad-group-pass-roles.json
aws iam create-user --user-name release-bot
aws iam add-user-to-group --user-name release-bot --group-name release-engineers
