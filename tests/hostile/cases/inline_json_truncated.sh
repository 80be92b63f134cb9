aws iam put-role-policy --role-name r --policy-name p --policy-document "{\"Version\": \"2012-10-17\", \"Statement\": [
