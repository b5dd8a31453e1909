package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-022",
    name = "cached-authorizer-without-identity-source",
    summary = "A request authorizer caches results but has no identitySource",
    description = "With caching on (authorizerResultTtlInSeconds above 0, 300 by default), a request authorizer's "
        + "identity sources are the cache key, and API Gateway calls the authorizer only when all of them are in the "
        + "request; the guide makes an identity source optional only when caching is off. Add identitySource or set "
        + "the TTL to 0.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html",
    quote = "When caching is disabled, it is not necessary to specify an identity source.")
public final class CachedRequestAuthorizerWithoutSource extends SchemeRule {
  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    if (authorizer == null || kind == OpenApiDocument.ApiKind.HTTP || !authorizerType(authorizer).equals("request")) {
      return;
    }
    long ttl = authorizer.integer("authorizerResultTtlInSeconds").map(t -> t.value()).orElse(300L);
    if (ttl > 0 && authorizer.string("identitySource").filter(s -> !s.value().isBlank()).isEmpty()) {
      context.reportKey(authorizer.pointer(), "security scheme %s caches for %d s but names no identitySource; add one or set the TTL to 0"
          .formatted(name(scheme), ttl));
    }
  }
}
