#!/usr/bin/env bash
# A small seismic-imaging workflow: a Step Functions state machine runs a Batch job, then a
# Lambda function that queues the results. Each role got a *FullAccess policy to get started.
set -euo pipefail

aws iam create-role --role-name ImagingStatesRole \
    --assume-role-policy-document file://trust/states-trust.json
aws iam attach-role-policy --role-name ImagingStatesRole \
    --policy-arn arn:aws:iam::aws:policy/AWSBatchFullAccess
aws iam attach-role-policy --role-name ImagingStatesRole \
    --policy-arn arn:aws:iam::aws:policy/AWSLambda_FullAccess

aws iam create-role --role-name ImagingLambdaRole \
    --assume-role-policy-document file://trust/lambda-trust.json
aws iam attach-role-policy --role-name ImagingLambdaRole \
    --policy-arn arn:aws:iam::aws:policy/AmazonSQSFullAccess
aws iam attach-role-policy --role-name ImagingLambdaRole \
    --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess

# The developer deploys the state machine and pushes the job's image.
aws iam attach-user-policy --user-name imaging-dev \
    --policy-arn arn:aws:iam::aws:policy/AWSStepFunctionsFullAccess
aws iam attach-user-policy --user-name imaging-dev \
    --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryFullAccess
