aws
