#!/usr/bin/env bash
# Statement must be an object or an array of objects, not a string.
aws iam put-role-policy --role-name Worker --policy-name Queue --policy-document '{"Version": "2012-10-17", "Statement": "sqs:SendMessage"}'
# A document whose top level is an array, read through file://.
aws iam put-role-policy --role-name Worker --policy-name Reports --policy-document file://bad_root_array.json
