#!/bin/bash
aws iam create-role --role-name r --assume-role-policy-document file://trust.json
cat <<EOF
never closed
aws iam delete-role --role-name x
