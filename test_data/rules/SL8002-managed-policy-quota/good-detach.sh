#!/usr/bin/env bash
# Eleven attachments, but one policy is detached first: ten remain.
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AWSLambdaRole
aws iam detach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AWSLambdaRole
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AmazonSNSReadOnlyAccess
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AmazonKinesisReadOnlyAccess
aws iam attach-role-policy --role-name Migrator --policy-arn arn:aws:iam::aws:policy/AWSStepFunctionsReadOnlyAccess
