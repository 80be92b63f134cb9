#!/usr/bin/env bash
aws iam put-role-policy --role-name Reporter --policy-name Reports \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"reports-bucket/*"}]}'
