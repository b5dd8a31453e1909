package dev.gal.rules.integration;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.rules.support.ArnCheck;

@RuleInfo(
    id = "AWS-INT-003",
    name = "lambda-function-arn-malformed",
    summary = "lambda_function_arn is not a well-formed Lambda function ARN",
    description = "The export builds the integration uri arn:PARTITION:apigateway:REGION:lambda:path/"
        + "2015-03-31/functions/ARN/invocations from lambda_function_arn, taking the partition and "
        + "region from it. The ARN must be arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME with an "
        + "optional :ALIAS or :VERSION, a partition of aws, aws-cn or aws-us-gov, a region of that "
        + "partition and a 12-digit account id.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    docs = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html")
public final class LambdaFunctionArnFormat implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.awsSettings().string("lambda_function_arn").ifPresent(arn -> ArnCheck.lambdaFunction(arn.value())
        .ifPresent(problem -> context.report(arn.pointer(), "lambda_function_arn " + problem)));
  }
}
