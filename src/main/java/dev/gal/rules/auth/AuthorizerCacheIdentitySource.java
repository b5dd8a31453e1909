package dev.gal.rules.auth;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-AUTH-004",
    name = "authorizer-cache-without-identity-source",
    summary = "Cached Lambda authorizer, but a route sends its credentials elsewhere",
    description = "With lambda_authorizer_ttl above 0, API Gateway caches the authorizer's result "
        + "keyed on the identity source, which the export sets to the Authorization header. A request "
        + "without that header is refused with 401 before the authorizer runs. A route whose "
        + "authentication sends an API key in the query string or another header never authorizes. "
        + "Send the credential in Authorization, or set lambda_authorizer_ttl to 0.",
    severity = Severity.WARNING,
    category = Category.AUTH,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization.html")
public final class AuthorizerCacheIdentitySource implements GalConfigRule {
  private static final long DEFAULT_TTL = 300;

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    long ttl = aws.block().flatMap(b -> b.integer("lambda_authorizer_ttl")).map(t -> t.value()).orElse(DEFAULT_TTL);
    if (!aws.authorizerType().map("lambda"::equals).orElse(false) || ttl <= 0) {
      return;
    }
    for (GalRoute route : config.routes()) {
      if (!route.authenticationType().map("api_key"::equals).orElse(false)) {
        continue;
      }
      Node auth = route.authentication().orElseThrow();
      String location = auth.object("api_key").flatMap(k -> k.string("in_location")).map(l -> l.value()).orElse("header");
      String name = auth.object("api_key").flatMap(k -> k.string("key_name")).map(l -> l.value()).orElse("X-API-Key");
      if (location.equals("query") || !name.equalsIgnoreCase("Authorization")) {
        context.reportKey(auth.pointer(), ("route %s sends its key in the %s '%s', but the cached authorizer (ttl %d s) needs the "
            + "Authorization header; requests are refused with 401").formatted(route.path().map(p -> p.value()).orElse("?"),
            location.equals("query") ? "query parameter" : "header", name, ttl));
      }
    }
  }
}
