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
import java.util.Optional;

@RuleInfo(
    id = "AWS-AUTH-010",
    name = "jwt-route-without-authorizer",
    summary = "Route asks for JWT authentication but no authorizer validates JWTs",
    description = "On AWS, a route's jwt authentication is enforced by the API's authorizer, and only a Lambda "
        + "authorizer (which receives the bearer token) or a Cognito user pool authorizer validates tokens. With "
        + "authorizer_type unset the export writes no security requirement, so the route is open to anyone. With "
        + "authorizer_type iam, API Gateway accepts only requests signed with AWS credentials (Signature Version 4) "
        + "and refuses callers that present a JWT. Set authorizer_type to lambda or cognito.",
    severity = Severity.ERROR,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html",
    quote = "A token-based Lambda authorizer (also called a `TOKEN` authorizer) receives the caller's identity in a "
        + "bearer token, such as a JSON Web Token (JWT) or an OAuth token.")
public final class JwtRouteWithoutAuthorizer implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    Optional<String> authorizer = config.awsSettings().authorizerType();
    if (authorizer.filter(type -> type.equals("lambda") || type.equals("cognito")).isPresent()) {
      return;
    }
    String consequence = authorizer.isEmpty()
        ? "authorizer_type is not set, so API Gateway lets every request through"
        : "authorizer_type is iam, which accepts only requests signed with AWS credentials and refuses JWT callers";
    for (GalRoute route : config.routes()) {
      if (route.authenticationType().filter("jwt"::equals).isPresent()) {
        Node auth = route.authentication().orElseThrow();
        context.report(auth.member("type").map(Node::pointer).orElseThrow(), "route %s requires a JWT, but %s; set authorizer_type to lambda or cognito"
            .formatted(route.path().map(Located::value).orElse("?"), consequence));
      }
    }
  }
}
