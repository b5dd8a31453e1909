package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.ArnCheck;

@RuleInfo(
    id = "AWS-INT-003",
    name = "lambda-function-arn-malformed",
    summary = "lambda_function_arn is not a well-formed Lambda function ARN",
    description = "The export builds the integration uri "
        + "arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/ARN/invocations from "
        + "lambda_function_arn, taking the partition and region from it. The ARN must be "
        + "arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME with an optional :ALIAS or :VERSION "
        + "(the format of the Lambda developer guide, "
        + "https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html), with a "
        + "known partition (aws, aws-cn, aws-us-gov, the isolated ones or aws-eusc), a region of "
        + "that partition and a 12-digit account id. A stage variable may stand for the function "
        + "name or its alias or version, as the stage variables reference allows; the rest of the "
        + "ARN is still checked. A template placeholder that Terraform or CloudFormation fill in "
        + "(${region}, ${AWS::AccountId}, ${LambdaFunction.Arn}) makes its part of the ARN unknown, "
        + "not malformed; the export keeps it, and takes partition and region from an ARN that is one "
        + "placeholder as ${AWS::Partition} and ${AWS::Region}, which API Gateway fills in at import.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html",
    quote = "A stage variable can be used in place of a Lambda function name, or version/alias, as "
        + "shown in the following examples.")
public final class LambdaFunctionArnFormat implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.awsSettings().string("lambda_function_arn").ifPresent(arn -> ArnCheck.lambdaIntegrationFunction(arn.value())
        .ifPresent(problem -> context.report(arn.pointer(), "lambda_function_arn " + problem)));
  }
}
