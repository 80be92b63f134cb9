#!/bin/bash
ROLE=`aws iam get-role --role-name r
