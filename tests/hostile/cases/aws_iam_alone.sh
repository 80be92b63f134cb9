aws iam
