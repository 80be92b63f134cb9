#!/usr/bin/env bash
# Names an attacker could put in a pull request: none of them may ever run as a command in
# what slim-lint prints (lint output, plan, boto3 plan). See tests/scripts/hostile_names_test.sh.
aws iam create-role --role-name 'x$(touch pwned)' \
    --assume-role-policy-document file://test_data/scenarios/plan-hostile/input/trust.json
aws iam attach-role-policy --role-name 'x$(touch pwned)' \
    --policy-arn arn:aws:iam::aws:policy/AWSLambdaFullAccess
aws iam attach-role-policy --role-name 'tick`touch pwned`;touch pwned;"q'"'"'uote' \
    --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess
aws iam attach-group-policy --group-name "line
touch pwned" --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
aws iam attach-role-policy --role-name 'x$(touch pwned)' \
    --policy-arn 'arn:aws:iam::210987654321:policy/p$(touch pwned)'
