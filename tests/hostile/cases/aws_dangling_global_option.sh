aws --profile
