#!/bin/bash
# Role for the release pipeline of the reports service.
aws iam create-role \
    --role-name ReportsRelease \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::851065145468:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity"}]}'
