#!/usr/bin/env bash
aws iam put-user-policy --user-name ci-deployer --policy-name Deploy \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["lambda:CreateFunction","iam:PassRole"],"Resource":"*"}]}'
