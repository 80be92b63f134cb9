#!/bin/bash
# slim-lint: ignore SL4001 -- the pipeline account is fixed for this runbook
aws iam attach-role-policy --role-name deployer \
  --policy-arn arn:aws:iam::851065145468:policy/Deploy
aws iam attach-role-policy --role-name auditor \
  --policy-arn arn:aws:iam::851065145468:policy/Audit
# slim-lint: ignore SL4001
aws iam attach-role-policy --role-name reporter \
  --policy-arn arn:aws:iam::851065145468:policy/Report
