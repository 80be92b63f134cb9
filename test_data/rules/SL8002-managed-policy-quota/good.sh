#!/usr/bin/env bash
# Exactly ten managed policies: within the default quota.
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/AmazonSNSReadOnlyAccess
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/AmazonKinesisReadOnlyAccess
aws iam attach-role-policy --role-name Dashboard --policy-arn arn:aws:iam::aws:policy/AWSStepFunctionsReadOnlyAccess
# Inline policies do not count against the managed-policy quota.
aws iam put-role-policy --role-name Dashboard --policy-name Extra --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"athena:GetQueryResults","Resource":"*"}]}'
