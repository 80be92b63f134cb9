#!/usr/bin/env bash
# Lets the mobile team manage their Mobile Hub projects.
aws iam put-role-policy --role-name MobileDevelopers --policy-name MobileHub \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["mobilehub:CreateProject","mobilehub:DeployToStage"],"Resource":"*"}]}'
