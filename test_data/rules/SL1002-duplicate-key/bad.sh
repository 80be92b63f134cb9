#!/usr/bin/env bash
# "Resource" twice: only one of the two buckets is granted, and which one depends on the parser.
aws iam put-role-policy --role-name Reader --policy-name Buckets --policy-document '{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::reports/*",
      "Resource": "arn:aws:s3:::archive/*"
    }
  ]
}'
