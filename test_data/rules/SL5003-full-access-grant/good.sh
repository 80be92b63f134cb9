#!/usr/bin/env bash
set -euo pipefail
aws iam attach-role-policy --role-name Auditor --policy-arn arn:aws:iam::aws:policy/SecurityAudit
aws iam attach-role-policy --role-name Auditor --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
# A customer managed policy is not an AWS managed *FullAccess policy, whatever its name.
aws iam attach-role-policy --role-name Auditor --policy-arn arn:aws:iam::851065145468:policy/ReportsFullAccess
# Detaching one is the fix, not the problem.
aws iam detach-role-policy --role-name Auditor --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess
