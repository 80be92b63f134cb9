#!/usr/bin/env bash
aws iam create-role --role-name GithubDeploy \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::851065145468:oidc-provider"},"Action":"sts:AssumeRoleWithWebIdentity"}]}'
