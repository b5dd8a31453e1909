package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-018",
    name = "identity-validation-on-non-token",
    summary = "identityValidationExpression on an authorizer that is not a token authorizer",
    description = "identityValidationExpression is a regular expression API Gateway applies to the token of a token "
        + "authorizer; on request and Cognito authorizers it has no effect.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html",
    quote = "A regular expression for validating the token as the incoming identity.")
public final class IdentityValidationNotToken extends SchemeRule {
  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    if (authorizer != null && !authorizerType(authorizer).equals("token") && authorizer.has("identityValidationExpression")) {
      context.reportKey(authorizer.pointer().append("identityValidationExpression"),
          "security scheme %s: identityValidationExpression has no effect on a %s authorizer".formatted(name(scheme), authorizerType(authorizer)));
    }
  }
}
