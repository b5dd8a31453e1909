package dev.gal.builtin.integration;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-002",
    name = "aws-proxy-without-lambda-arn",
    summary = "AWS_PROXY integration without lambda_function_arn",
    description = "A Lambda proxy integration calls one Lambda function, named by lambda_function_arn. "
        + "Without it the export writes an aws_proxy integration with no uri, so API Gateway has no "
        + "function to call. Add lambda_function_arn, or choose HTTP_PROXY for an HTTP backend.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html",
    quote = "In Lambda proxy integration, the required setup is simple. Set the integration's HTTP "
        + "method to POST, the integration endpoint URI to the ARN of the Lambda function "
        + "invocation action of a specific Lambda function, and grant API Gateway permission to "
        + "call the Lambda function on your behalf.")
public final class AwsProxyWithoutLambda implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (aws.integrationType().equals("AWS_PROXY") && !aws.has("lambda_function_arn")) {
      aws.string("integration_type").ifPresent(type -> context.report(type.pointer(),
          "integration_type is AWS_PROXY but lambda_function_arn is missing; add the ARN of the function to invoke"));
    }
  }
}
