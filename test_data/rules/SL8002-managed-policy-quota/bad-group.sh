#!/usr/bin/env bash
# A group takes at most 10 managed policies, and that quota cannot be raised.
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AmazonSNSReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AmazonKinesisReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AWSStepFunctionsReadOnlyAccess
aws iam attach-group-policy --group-name Analysts --policy-arn arn:aws:iam::aws:policy/AmazonAthenaFullAccess
