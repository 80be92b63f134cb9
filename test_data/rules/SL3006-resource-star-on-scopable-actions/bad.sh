#!/usr/bin/env bash
aws iam put-role-policy --role-name invoice-worker --policy-name Invoices \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["secretsmanager:GetSecretValue","sts:GetCallerIdentity"],"Resource":"*"}]}'
