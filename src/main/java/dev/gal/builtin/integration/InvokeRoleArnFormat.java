package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.ArnCheck;

@RuleInfo(
    id = "AWS-INT-007",
    name = "invoke-role-arn-malformed",
    summary = "lambda_invoke_role_arn is not an IAM role ARN",
    description = "API Gateway assumes the role in the integration's credentials to invoke the function. "
        + "The value must be an IAM role ARN, arn:PARTITION:iam::ACCOUNT:role/NAME; IAM ARNs have "
        + "no region. A stage variable may stand for the role or a part of it "
        + "(arn:aws:iam::ACCOUNT:${stageVariables.role}), as the stage variables reference allows; "
        + "the rest is still checked. A user ARN, a Lambda ARN or a role name alone is no role ARN.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "For AWS IAM role-based credentials, specify the ARN of an appropriate IAM role.")
public final class InvokeRoleArnFormat implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.awsSettings().string("lambda_invoke_role_arn").ifPresent(arn -> ArnCheck.iamRole(arn.value())
        .ifPresent(problem -> context.report(arn.pointer(), "lambda_invoke_role_arn " + problem)));
  }
}
