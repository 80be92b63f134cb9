#!/usr/bin/env bash
set -euo pipefail

aws iam create-role --role-name ReportBuilder \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"851065145468"}}}]}'

# EC2 hands out instance-profile credentials without a source, so no condition here.
aws iam create-role --role-name WebServer \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
