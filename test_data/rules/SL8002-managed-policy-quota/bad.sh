#!/usr/bin/env bash
# Eleven managed policies on one role: the eleventh attachment fails.
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AmazonSNSReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AmazonKinesisReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AWSStepFunctionsReadOnlyAccess
aws iam attach-role-policy --role-name Reporting --policy-arn arn:aws:iam::aws:policy/AmazonECS_FullAccess
# The eleventh attachment fails even though a policy is detached afterwards.
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AmazonSNSReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AmazonKinesisReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AWSStepFunctionsReadOnlyAccess
aws iam attach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AWSLambdaRole
aws iam detach-role-policy --role-name LateCleanup --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
