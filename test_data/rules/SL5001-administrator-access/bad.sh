#!/usr/bin/env bash
set -euo pipefail
ADMIN_POLICY="arn:aws:iam::aws:policy/AdministratorAccess"

aws iam create-role --role-name Deployer \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"codebuild.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
# Through a variable.
aws iam attach-role-policy --role-name Deployer --policy-arn "$ADMIN_POLICY"
# To a user, and to a group in another partition, with --option=value.
aws iam attach-user-policy --user-name alice --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
aws iam attach-group-policy --group-name Operators --policy-arn=arn:aws-us-gov:iam::aws:policy/AdministratorAccess
