#!/usr/bin/env bash
# EMR's service role: AWS wrote AmazonEMRServicePolicy_v2 for it, and the iam:PassRole and
# ec2:RunInstances it grants are how EMR launches cluster instances, not a choice of this script.
set -euo pipefail
aws iam create-role --role-name emr-service \
    --assume-role-policy-document file://emr-trust-policy.json
aws iam attach-role-policy --role-name emr-service \
    --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2
