#!/usr/bin/env bash
# Eleven policies spread over a role and a user with the same name: separate quotas.
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/AmazonSNSReadOnlyAccess
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/AmazonKinesisReadOnlyAccess
aws iam attach-role-policy --role-name svc-reports --policy-arn arn:aws:iam::aws:policy/AWSStepFunctionsReadOnlyAccess
aws iam attach-user-policy --user-name svc-reports --policy-arn arn:aws:iam::aws:policy/AmazonECS_FullAccess
