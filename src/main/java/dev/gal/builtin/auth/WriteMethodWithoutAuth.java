package dev.gal.builtin.auth;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-AUTH-011",
    name = "write-method-without-auth",
    summary = "A route that changes data is open to everyone",
    description = "POST, PUT, PATCH and DELETE routes that no authorizer protects accept writes from anyone on "
        + "the internet (Security Hub and checkov flag methods with authorization NONE). A required API key does "
        + "not change that: API keys identify callers for usage plans, they do not authorize them, and the route's "
        + "own authentication block is not enforced without an authorizer. Set authorizer_type (lambda, cognito or "
        + "iam), or confirm that the route is meant to be public.",
    severity = Severity.WARNING,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html",
    quote = "Don't use API keys for authentication or authorization for your APIs.")
public final class WriteMethodWithoutAuth implements GalConfigRule {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE", "ANY");

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    for (GalRoute route : config.routes()) {
      boolean switchedOff = route.authenticationSwitchedOff();
      if (aws.authorizerType().isPresent() && !switchedOff) {
        continue;
      }
      String why = (switchedOff ? "switches authentication off" : "has no authorizer")
          + (!switchedOff && (aws.apiKeyRequired() || route.authenticationType().filter("api_key"::equals).isPresent())
              ? " (an API key identifies the caller but does not authorize it)" : "");
      String path = route.path().map(Located::value).orElse("?");
      if (!route.declaresMethods()) {
        route.path().ifPresent(p -> context.report(p.pointer(),
            "route %s accepts every method, writes included, and %s, so anyone can call it; set authorizer_type".formatted(path, why)));
        continue;
      }
      for (Located<String> method : route.methods()) {
        if (WRITES.contains(method.value())) {
          context.report(method.pointer(), "%s %s %s, so anyone can call it; set authorizer_type".formatted(method.value(), path, why));
        }
      }
    }
  }
}
