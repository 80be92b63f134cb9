#!/usr/bin/env bash
# Service roles for the nightly report: one trust policy inline, one from a file.
set -euo pipefail

aws iam create-role --role-name ReportBuilder \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

aws iam create-role --role-name NightlySchedule \
    --assume-role-policy-document file://bad-scheduler-trust.json
