#!/usr/bin/env bash
# Grants what 1-create/setup.sh created: the same role, policy and group by name.
set -euo pipefail
aws iam put-role-policy --role-name Builder --policy-name pass \
    --policy-document file://pass.json
aws iam attach-role-policy --role-name Builder \
    --policy-arn arn:aws:iam::111122223333:policy/BuilderLaunch
aws iam create-group --group-name Deployers
aws iam attach-group-policy --group-name Deployers --policy-arn arn:aws:iam::aws:policy/IAMFullAccess
