package dev.gal.rules.auth;

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
    description = "POST, PUT, PATCH and DELETE routes with no authorizer, no API key requirement and "
        + "no route authentication accept writes from anyone on the internet (Security Hub "
        + "APIGateway and checkov flag methods with authorization NONE). Add an authorizer or "
        + "api_key_required, or confirm the route is meant to be public.",
    severity = Severity.WARNING,
    category = Category.AUTH,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html")
public final class WriteMethodWithoutAuth implements GalConfigRule {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE", "ANY");

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (aws.authorizerType().isPresent() || aws.apiKeyRequired()) {
      return;
    }
    for (GalRoute route : config.routes()) {
      if (route.authentication().isPresent()) {
        continue;
      }
      String path = route.path().map(Located::value).orElse("?");
      if (!route.declaresMethods()) {
        route.path().ifPresent(p -> context.report(p.pointer(),
            "route %s accepts every method, writes included, with no authorization; add an authorizer or api_key_required".formatted(path)));
        continue;
      }
      for (Located<String> method : route.methods()) {
        if (WRITES.contains(method.value())) {
          context.report(method.pointer(), "%s %s has no authorization, so anyone can call it; add an authorizer or api_key_required"
              .formatted(method.value(), path));
        }
      }
    }
  }
}
