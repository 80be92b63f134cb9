aws iam create-role --role-name r --assume-role-policy-document file:///dev/stdin
