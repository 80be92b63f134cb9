#!/usr/bin/env bash
# Creates the role, the user and the customer managed policy; 3-attach/setup.sh grants them.
set -euo pipefail
aws iam create-role --role-name Builder \
    --assume-role-policy-document file://trust.json
aws iam create-policy --policy-name BuilderLaunch --policy-document file://launch.json
aws iam create-user --user-name deployer
aws iam add-user-to-group --user-name deployer --group-name Deployers
