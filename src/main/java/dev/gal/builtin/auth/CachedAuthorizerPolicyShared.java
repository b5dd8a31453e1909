package dev.gal.builtin.auth;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.JsonPointer;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Optional;

@RuleInfo(
    id = "AWS-AUTH-016",
    name = "cached-authorizer-policy-shared",
    summary = "A cached Lambda authorizer's policy is reused for every method it protects",
    description = "With lambda_authorizer_ttl above 0 (GAL's default is 300 s), API Gateway caches the policy the "
        + "Lambda authorizer returns for a token and applies it to the next requests with that token, whatever "
        + "method they call. The export uses one authorizer for every protected route, so a policy that allows "
        + "only the method of the first request makes the caller's other calls fail until the cache expires. Have "
        + "the authorizer return a policy that covers every method (for example a wildcard resource), or set "
        + "lambda_authorizer_ttl to 0.",
    severity = Severity.INFO,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html",
    quote = "To enable caching, your authorizer must return a policy that is applicable to all methods across an API.")
public final class CachedAuthorizerPolicyShared implements GalConfigRule {
  private static final long DEFAULT_TTL = 300;

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    Optional<Located<String>> type = aws.string("authorizer_type").filter(t -> t.value().equals("lambda"));
    Optional<Located<Long>> ttl = aws.block().flatMap(b -> b.integer("lambda_authorizer_ttl"));
    long seconds = ttl.map(Located::value).orElse(DEFAULT_TTL);
    if (type.isEmpty() || seconds <= 0 || !protectsSeveralMethods(config)) {
      return;
    }
    JsonPointer at = ttl.map(Located::pointer).orElse(type.get().pointer());
    context.report(at, ("the Lambda authorizer's policy is cached for %d s and reused for every method it protects, so it "
        + "must allow all of them (e.g. a wildcard resource); otherwise set lambda_authorizer_ttl to 0").formatted(seconds));
  }

  /** A route without methods, or with ANY, stands for several methods on its own. */
  private static boolean protectsSeveralMethods(GalConfig config) {
    int methods = 0;
    for (GalRoute route : config.routes()) {
      if (route.authenticationSwitchedOff()) {
        continue;
      }
      if (route.methods().isEmpty() || route.methods().stream().anyMatch(m -> m.value().equals(GalRoute.ANY))) {
        return true;
      }
      methods += route.methods().size();
    }
    return methods > 1;
  }
}
