package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AwsLimits;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-016",
    name = "authorizer-result-ttl-out-of-range",
    summary = "authorizerResultTtlInSeconds outside 0 to 3600",
    description = "API Gateway caches an authorizer result for authorizerResultTtlInSeconds: 0 (no caching) to 3600 "
        + "seconds, a maximum that cannot be increased; another value is no TTL API Gateway has.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html",
    quote = "The default TTL value is 300 seconds. The maximum value is 3600 seconds; this limit cannot be "
        + "increased.")
public final class AuthorizerTtlRange extends SchemeRule {
  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    if (authorizer != null) {
      authorizer.integer("authorizerResultTtlInSeconds").filter(t -> t.value() < 0 || t.value() > AwsLimits.AUTHORIZER_TTL_MAX_S)
          .ifPresent(t -> context.report(t.pointer(), "security scheme %s caches for %d s; API Gateway accepts 0 to %d"
              .formatted(name(scheme), t.value(), AwsLimits.AUTHORIZER_TTL_MAX_S)));
    }
  }
}
