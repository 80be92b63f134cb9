#!/usr/bin/env bash
# Attaches a customer managed policy by an ARN that names one account.
aws iam attach-role-policy --role-name Worker \
    --policy-arn arn:aws:iam::851065145468:policy/WorkerPolicy
