#!/usr/bin/env bash
# An inline policy written in the command line is checked like a file.
aws iam put-role-policy --role-name Builder --policy-name Everything \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
