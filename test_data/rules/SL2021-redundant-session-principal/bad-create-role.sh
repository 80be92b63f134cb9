#!/bin/bash
aws iam create-role --role-name ReportsAudit \
    --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["arn:aws:sts::851065145468:assumed-role/Auditor/alice","arn:aws:iam::851065145468:role/Auditor"]},"Action":"sts:AssumeRole"}]}'
