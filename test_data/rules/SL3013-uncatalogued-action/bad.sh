#!/usr/bin/env bash
# Security Hub integration role: reads AWS Config connectors.
aws iam put-role-policy --role-name SecurityHubConnector --policy-name Connectors \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"config:GetConnector","Resource":"*"}]}'
