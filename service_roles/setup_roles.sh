#!/usr/bin/env bash
# Creates the IAM user permissions and service roles of the serverless seismic-imaging
# workflow (Batch, Lambda, Step Functions, SQS, S3), as the workflow's roles.md describes.
# Run it from the repository root: the policy documents are read from service_roles/.
#
# This file is kept exactly as the workflow ships it, flaws included: it is the example
# that `slim-lint service_roles/` analyzes.

# User roles (replace your_user_name by your IAM user name)

# EC2
aws iam attach-user-policy --user-name your_user_name --policy-arn \
    arn:aws:iam::aws:policy/AmazonEC2FullAccess

# Batch
aws iam attach-user-policy --user-name your_user_name --policy-arn \
    arn:aws:iam::aws:policy/AWSBatchFullAccess

# ECR
aws iam attach-user-policy --user-name your_user_name --policy-arn \
    arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryFullAccess

# Lambda
aws iam attach-user-policy --user-name your_user_name --policy-arn \
    arn:aws:iam::aws:policy/AWSLambdaFullAccess

# SQS
aws iam attach-user-policy --user-name your_user_name --policy-arn \
    arn:aws:iam::aws:policy/AmazonSQSFullAccess

# Step Functions
aws iam attach-user-policy --user-name your_user_name --policy-arn \
    arn:aws:iam::aws:policy/AWSStepFunctionsFullAccess

# S3 Read
aws iam attach-user-policy --user-name your_user_name --policy-arn \
    arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess

# Service roles

# 1. AWSBatchServiceRole
aws iam create-role --role-name AWSBatchServiceRole  \
    --assume-role-policy-document file://service_roles/create_AWSBatchServiceRole.json \
    --description "Allows Batch to create and manage AWS resources on your behalf."

aws iam attach-role-policy --role-name AWSBatchServiceRole --policy-arn \
    arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole

# 2. StepFunctionsLambdaRole
aws iam create-role --role-name StepFunctionsLambdaRole  \
    --assume-role-policy-document file://service_roles/create_StepFunctionsLambdaRole.json \
    --description "Allows Step Functions to access AWS resources on your behalf."

aws iam attach-role-policy --role-name StepFunctionsLambdaRole --policy-arn \
    arn:aws:iam::aws:policy/service-role/AWSLambdaRole

# 3. SLIM-Extras_ECS_for_EC2
aws iam create-role --role-name SLIM-Extras_ECS_for_EC2  \
    --assume-role-policy-document file://service_roles/create_SLIM-Extras_ECS_for_EC2.json \
    --description "Allows EC2 instances in an ECS cluster to access ECS."

aws iam attach-role-policy --role-name SLIM-Extras_ECS_for_EC2 --policy-arn \
    arn:aws:iam::aws:policy/AmazonSQSFullAccess

aws iam attach-role-policy --role-name SLIM-Extras_ECS_for_EC2 --policy-arn \
    arn:aws:iam::aws:policy/AmazonS3FullAccess

aws iam attach-role-policy --role-name SLIM-Extras_ECS_for_EC2 --policy-arn \
    arn:aws:iam::aws:policy/IAMReadOnlyAccess

aws iam attach-role-policy --role-name SLIM-Extras_ECS_for_EC2 --policy-arn \
    arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role

# 4. SLIM-Extras_for_Lambda
aws iam create-role --role-name SLIM-Extras_for_Lambda \
    --assume-role-policy-document file://service_roles/create_SLIM-Extras_for_Lambda.json \
    --description "Allows Lambda functions to call AWS services on your behalf."

aws iam attach-role-policy --role-name SLIM-Extras_for_Lambda --policy-arn \
    arn:aws:iam::aws:policy/AmazonSQSFullAccess

aws iam attach-role-policy --role-name SLIM-Extras_for_Lambda --policy-arn \
    arn:aws:iam::aws:policy/AmazonS3FullAccess

aws iam attach-role-policy --role-name SLIM-Extras_for_Lambda --policy-arn \
    arn:aws:iam::aws:policy/AWSLambdaFullAccess

aws iam attach-role-policy --role-name SLIM-Extras_for_Lambda --policy-arn \
    arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole

# Create and attach specialized Lambda for Batch policy
aws iam create-policy --policy-name LambdaBatchExecutionPolicy \
    --policy-document file://service_roles/create_LambdaBatchExecutionPolicy.json\
    --description "Allow Lambda to access AWS Batch services including job registration and submission."

aws iam attach-role-policy --role-name SLIM-Extras_for_Lambda \
    --policy-arn arn:aws:iam::851065145468:policy/LambdaBatchExecutionPolicy

# 5. Roles for using Spot instances with Batch

# AmazonEC2SpotFleetRole
aws iam create-role --role-name AmazonEC2SpotFleetRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Sid":"","Effect":"Allow","Principal":{"Service":"spotfleet.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

# AWSServiceRoleForEC2Spot
aws iam create-service-linked-role --aws-service-name spot.amazonaws.com

# AWSServiceRoleForEC2SpotFleet
aws iam create-service-linked-role --aws-service-name spotfleet.amazonaws.com
