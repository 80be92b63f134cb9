#!/usr/bin/env bash
set -euo pipefail
aws iam create-service-linked-role --aws-service-name spotfleet.amazonaws.com
aws iam create-service-linked-role --aws-service-name elasticbeanstalk.amazonaws.com
# A principal held in a shell variable is not judged.
aws iam create-service-linked-role --aws-service-name "$SERVICE_PRINCIPAL"
