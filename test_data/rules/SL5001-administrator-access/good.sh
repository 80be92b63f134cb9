#!/usr/bin/env bash
set -euo pipefail
# A permissions boundary caps permissions; it grants none.
aws iam create-role --role-name Builder \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"codebuild.amazonaws.com"},"Action":"sts:AssumeRole"}]}' \
    --permissions-boundary arn:aws:iam::aws:policy/AdministratorAccess
aws iam put-role-permissions-boundary --role-name Builder \
    --permissions-boundary arn:aws:iam::aws:policy/AdministratorAccess
# Other policies, a customer managed policy that merely shares the name, and read-only calls.
aws iam attach-role-policy --role-name Builder --policy-arn arn:aws:iam::aws:policy/AWSCodeBuildDeveloperAccess
aws iam attach-role-policy --role-name Builder --policy-arn arn:aws:iam::aws:policy/AdministratorAccess-Amplify
aws iam attach-role-policy --role-name Builder --policy-arn arn:aws:iam::851065145468:policy/AdministratorAccess
aws iam get-policy --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
aws iam detach-role-policy --role-name Builder --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
