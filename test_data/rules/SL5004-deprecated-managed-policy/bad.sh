#!/usr/bin/env bash
set -euo pipefail
aws iam attach-role-policy --role-name OrderProcessor \
    --policy-arn arn:aws:iam::aws:policy/AWSLambdaFullAccess
# The successor keeps the partition and its own path.
aws iam attach-role-policy --role-name SpotFleet \
    --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2SpotFleetRole
aws iam attach-user-policy --user-name alice --policy-arn arn:aws-cn:iam::aws:policy/AWSLambdaReadOnlyAccess
# A successor with different permissions, rewritten by a fix marked safe.
aws iam attach-group-policy --group-name WebOps --policy-arn arn:aws:iam::aws:policy/AWSElasticBeanstalkFullAccess
# No successor: nothing to rewrite.
aws iam attach-role-policy --role-name Stacks --policy-arn arn:aws:iam::aws:policy/AWSOpsWorksFullAccess
# Through a variable: the commands are printed, the script is not edited.
TRAIL_POLICY=arn:aws:iam::aws:policy/AWSCloudTrailFullAccess
aws iam attach-role-policy --role-name Auditor --policy-arn "$TRAIL_POLICY"
