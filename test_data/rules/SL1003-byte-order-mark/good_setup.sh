#!/usr/bin/env bash
# The script itself is fine; the trust policy it reads was saved with a byte order mark.
aws iam create-role --role-name Worker --assume-role-policy-document file://bad_trust.json
aws iam put-role-policy --role-name Worker --policy-name Reports --policy-document file://good.json
