#!/usr/bin/env bash
# Service roles for the Batch pipeline.
aws iam create-role --role-name AWSBatchServiceRole \
    --assume-role-policy-document file://batch-trust.json
# The policy lives under /service-role/, not at the top level.
aws iam attach-role-policy --role-name AWSBatchServiceRole --policy-arn \
    arn:aws:iam::aws:policy/AWSBatchServiceRole
# A misspelled policy name.
aws iam attach-role-policy --role-name BatchWorker \
    --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAcess
