#!/bin/bash
# Suppressed by the first "ignores" entry of .slim-lint.json.
aws iam create-role --role-name reporting \
  --assume-role-policy-document file://trust.json
aws iam attach-role-policy --role-name reporting \
  --policy-arn arn:aws:iam::aws:policy/AmazonAthenaFullAccess
