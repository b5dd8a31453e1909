package dev.gal.rules.auth;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-AUTH-009",
    name = "route-auth-not-enforced",
    summary = "Route authentication that API Gateway does not enforce",
    description = "API Gateway REST APIs have no basic authentication, and do not create the API keys "
        + "a route lists: keys live in usage plans. A route with basic_auth, or with api_key keys, is "
        + "therefore not protected the way the config reads. Use a Lambda or Cognito authorizer, or "
        + "api_key_required with keys managed in a usage plan.",
    severity = Severity.WARNING,
    category = Category.AUTH,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html")
public final class RouteAuthNotEnforced implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    for (GalRoute route : config.routes()) {
      route.authentication().ifPresent(auth -> {
        String type = route.authenticationType().orElse("api_key");
        String path = route.path().map(p -> p.value()).orElse("?");
        if (type.equals("basic")) {
          context.reportKey(auth.pointer(), "route %s uses basic authentication, which API Gateway does not support; it is not enforced"
              .formatted(path));
        } else if (type.equals("api_key")) {
          auth.object("api_key").flatMap(k -> k.member("keys")).filter(k -> k.value().size() > 0).map(Node::pointer)
              .ifPresent(keys -> context.reportKey(keys, ("route %s lists API keys, but API Gateway does not create them: "
                  + "keys belong to usage plans, so these are not enforced").formatted(path)));
        }
      });
    }
  }
}
