#!/usr/bin/env bash
aws iam create-role --role-name SharedReader \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}'
