#!/usr/bin/env bash
# Creates the service-linked role that EC2 Spot Fleet uses.
set -euo pipefail
aws iam create-service-linked-role --aws-service-name spotflet.amazonaws.com
