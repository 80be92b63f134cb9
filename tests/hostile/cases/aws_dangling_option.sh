aws iam create-role --role-name
