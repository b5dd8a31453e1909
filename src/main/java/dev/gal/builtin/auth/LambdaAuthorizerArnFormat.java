package dev.gal.builtin.auth;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.ArnCheck;

@RuleInfo(
    id = "AWS-AUTH-002",
    name = "lambda-authorizer-arn-malformed",
    summary = "lambda_authorizer_arn is not a Lambda function ARN",
    description = "The authorizerUri of a Lambda authorizer, the URI of its Lambda function, is built from "
        + "lambda_authorizer_arn, which must be a Lambda function ARN, "
        + "arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME[:ALIAS], not an IAM role, a Cognito pool or a "
        + "function name alone. Otherwise the authorizer names no function it could call.",
    severity = Severity.ERROR,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html",
    quote = "The Uniform Resource Identifier (URI) of the authorizer Lambda function.")
public final class LambdaAuthorizerArnFormat implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.awsSettings().string("lambda_authorizer_arn").ifPresent(arn -> ArnCheck.lambdaFunction(arn.value())
        .ifPresent(problem -> context.report(arn.pointer(), "lambda_authorizer_arn " + problem)));
  }
}
