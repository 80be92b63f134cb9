#!/usr/bin/env bash
# "sts:*" alone would not mark this as a trust policy; create-role does.
aws iam create-role --role-name Builder \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::851065145468:root"},"Action":"sts:*","Resource":"*"}]}'
