#!/usr/bin/env bash
aws iam put-user-policy --user-name ops --policy-name Ops \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
