package dev.gal.builtin.auth;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-AUTH-009",
    name = "route-auth-not-enforced",
    summary = "Route authentication that API Gateway does not enforce as written",
    description = "API Gateway REST APIs support HTTP Basic authentication only through a Lambda authorizer, "
        + "which must check the credentials itself: the export does not hand it the users of basic_auth, and "
        + "without a Lambda authorizer a basic route is not protected by Basic at all. Nor does the export create "
        + "the API keys a route lists: API Gateway accepts only keys created in it and held by a usage plan. Check "
        + "Basic credentials in a Lambda authorizer, and manage API keys in API Gateway.",
    severity = Severity.WARNING,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "However, OAuth 2 and HTTP Basic authentication are supported via Lambda authorizers; "
        + "the OpenAPI configuration is achieved via vendor extensions.")
public final class RouteAuthNotEnforced implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    String authorizer = config.awsSettings().authorizerType().orElse("not set");
    for (GalRoute route : config.routes()) {
      route.authentication().ifPresent(auth -> {
        String type = route.authenticationType().orElseThrow();
        String path = route.path().map(Located::value).orElse("?");
        if (type.equals("basic")) {
          checkBasic(auth, path, authorizer, context);
        } else if (type.equals("api_key")) {
          auth.object("api_key").flatMap(k -> k.member("keys")).filter(k -> k.value().size() > 0)
              .ifPresent(keys -> context.reportKey(keys.pointer(), ("route %s lists API keys, but the export does not create "
                  + "them: API Gateway accepts only keys created in it and held by a usage plan").formatted(path)));
        }
      });
    }
  }

  private static void checkBasic(Node auth, String path, String authorizer, RuleContext context) {
    if (!authorizer.equals("lambda")) {
      context.report(auth.member("type").map(Node::pointer).orElse(auth.pointer()), ("route %s uses basic authentication, "
          + "which API Gateway supports only through a Lambda authorizer, and authorizer_type is %s; Basic is not enforced")
          .formatted(path, authorizer));
      return;
    }
    auth.object("basic_auth").filter(b -> b.value().size() > 0).ifPresent(basic -> context.reportKey(basic.pointer(),
        ("route %s lists basic_auth settings, but the export does not pass them to the Lambda authorizer; the authorizer "
            + "must check the Basic credentials itself").formatted(path)));
  }
}
