#!/bin/bash
ROLE=$(aws iam get-role --role-name r --query Role.Arn
aws iam delete-role --role-name r
