#!/usr/bin/env bash
aws iam put-role-policy --role-name Builder --policy-name ReadReports \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports-bucket/*"}]}'
