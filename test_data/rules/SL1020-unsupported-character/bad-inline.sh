#!/bin/sh
# The trust policy was pasted from a chat window that turned a space into a thin space (U+2009).
aws iam create-role --role-name Builder --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Sid":"Build Role","Effect":"Allow","Principal":{"Service":"codebuild.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
