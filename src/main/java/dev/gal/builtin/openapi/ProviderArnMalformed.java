package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-019",
    name = "provider-arn-malformed",
    summary = "A providerARNs entry is not a Cognito user pool ARN",
    description = "A cognito_user_pools authorizer lists user pool ARNs, "
        + "arn:PARTITION:cognito-idp:REGION:ACCOUNT:userpool/REGION_ID. Anything else names no user pool, so the "
        + "authorizer cannot validate tokens.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-user-pool-authorizer-permissions.html",
    quote = "As shown in the example, apigateway:CognitoUserPoolProviderArn is a list of ARNs of the "
        + "COGNITO_USER_POOLS user pools that can or can't be used with an API Gateway authorizer of the "
        + "COGNITO_USER_POOLS type.")
public final class ProviderArnMalformed extends SchemeRule {
  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    if (authorizer == null) {
      return;
    }
    for (dev.gal.model.Located<String> arn : authorizer.strings("providerARNs")) {
      if (!Placeholders.templated(arn.value())) {
        dev.gal.builtin.support.ArnCheck.cognitoUserPool(arn.value()).ifPresent(problem -> context.report(arn.pointer(),
            "security scheme %s: provider ARN \"%s\" %s".formatted(name(scheme), arn.value(), problem)));
      }
    }
  }
}
