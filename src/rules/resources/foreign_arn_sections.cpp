// The catalog sections that document ARN formats of another service (iam roles under sts and
// ssm, kafka clusters under kafka-cluster, ...), for the embedded catalog: reading these few
// sections instead of all 450 makes confirming an ARN finding cheap. arn_patterns_test
// recomputes the table from the catalog, so a regenerated catalog cannot leave it stale.
#include "rules/resources/arn_patterns.h"

namespace slim {

std::span<const ForeignArnSection> EmbeddedForeignArnSections() {
  static constexpr ForeignArnSection kTable[] = {
    {"acm", "ec2"},
    {"amplify", "wafv2"},
    {"apigateway", "wafv2"},
    {"apprunner", "wafv2"},
    {"appsync", "wafv2"},
    {"billing", "bcm-data-exports"},
    {"billing", "ce"},
    {"catalog", "servicecatalog"},
    {"cloudfront", "cloudfront-keyvaluestore"},
    {"cloudtrail", "cloudtrail-data"},
    {"codewhisperer", "q"},
    {"cognito-idp", "wafv2"},
    {"compute-optimizer", "aco-automation"},
    {"ds", "ds-data"},
    {"ec2", "ebs"},
    {"ec2", "ec2-instance-connect"},
    {"ec2", "route53"},
    {"ec2", "ssm"},
    {"ec2", "vpce"},
    {"ec2", "wafv2"},
    {"ec2", "workspaces-instances"},
    {"ecs", "ssm"},
    {"eks", "aps"},
    {"eks", "eks-auth"},
    {"elastic-inference", "ec2"},
    {"elasticloadbalancing", "arc-zonal-shift"},
    {"elasticloadbalancing", "waf-regional"},
    {"elasticloadbalancing", "wafv2"},
    {"iam", "codestar"},
    {"iam", "ec2"},
    {"iam", "es"},
    {"iam", "ssm"},
    {"iam", "sts"},
    {"iot", "greengrass"},
    {"iot", "iotjobsdata"},
    {"iot", "iotwireless"},
    {"iq-permission", "iq"},
    {"kafka", "kafka-cluster"},
    {"kms", "events"},
    {"kms", "kinesis"},
    {"license-manager", "ec2"},
    {"mpa", "payment-cryptography"},
    {"opensearch", "es"},
    {"qbusiness", "qapps"},
    {"qdeveloper", "q"},
    {"rds", "rds-data"},
    {"redshift", "redshift-data"},
    {"redshift-serverless", "redshift-data"},
    {"resource-groups", "ec2"},
    {"route53-recovery-control", "route53-recovery-cluster"},
    {"route53-recovery-control", "route53-recovery-control-config"},
    {"s3", "ssm"},
    {"s3-object-lambda", "s3"},
    {"sagemaker", "sagemaker-mlflow"},
    {"sns", "devops-guru"},
    {"sso", "sso-oauth"},
    {"vpc-lattice", "vpc-lattice-svcs"},
    {"wafv2", "apprunner"},
    {"wafv2", "cognito-idp"},
    {"wisdom", "connect"},
  };
  return kTable;
}

}  // namespace slim
