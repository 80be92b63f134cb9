#!/usr/bin/env bash
# AWS managed policies with their paths.
aws iam attach-role-policy --role-name AWSBatchServiceRole \
    --policy-arn arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole
aws iam attach-role-policy --role-name BatchWorker \
    --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
aws iam attach-role-policy --role-name BatchWorker \
    --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam attach-role-policy --role-name Auditor \
    --policy-arn arn:aws:iam::aws:policy/job-function/ViewOnlyAccess
aws iam put-role-permissions-boundary --role-name Developer \
    --permissions-boundary arn:aws:iam::aws:policy/PowerUserAccess
# Other partitions, and customer managed policies, which are not AWS managed.
aws iam attach-user-policy --user-name ops --policy-arn arn:aws-cn:iam::aws:policy/service-role/AWSBatchServiceRole
aws iam attach-role-policy --role-name BatchWorker \
    --policy-arn arn:aws:iam::851065145468:policy/SeismicBucketAccess
