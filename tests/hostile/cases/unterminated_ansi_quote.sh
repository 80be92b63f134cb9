#!/bin/bash
aws iam create-role --role-name r --description $'never closed
