package dev.gal.rules.auth;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-AUTH-010",
    name = "jwt-route-without-authorizer",
    summary = "Route asks for JWT authentication but no authorizer is configured",
    description = "On AWS, a route's jwt authentication is enforced by the API's authorizer. With "
        + "authorizer_type unset the route is open to anyone, and GAL's exporter writes a security "
        + "requirement for an authorizer that does not exist, which makes the OpenAPI document "
        + "invalid. Set authorizer_type to lambda or cognito.",
    severity = Severity.ERROR,
    category = Category.AUTH,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html")
public final class JwtRouteWithoutAuthorizer implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    if (config.awsSettings().authorizerType().isPresent()) {
      return;
    }
    for (GalRoute route : config.routes()) {
      if (route.authenticationType().filter("jwt"::equals).isPresent()) {
        context.reportKey(route.node().pointer().append("authentication"),
            "route %s requires a JWT, but authorizer_type is not set, so API Gateway lets every request through; set authorizer_type"
                .formatted(route.path().map(p -> p.value()).orElse("?")));
      }
    }
  }
}
