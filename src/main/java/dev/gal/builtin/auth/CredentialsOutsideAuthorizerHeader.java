package dev.gal.builtin.auth;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.JsonPointer;
import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Optional;

@RuleInfo(
    id = "AWS-AUTH-004",
    name = "credentials-outside-authorizer-header",
    summary = "Lambda authorizer, but a route's clients send their key outside the Authorization header",
    description = "The export writes the Lambda authorizer as a TOKEN authorizer whose token source is the "
        + "Authorization header, whatever lambda_authorizer_ttl is: API Gateway hands the authorizer that header "
        + "and nothing else, and refuses a request without it (401 Unauthorized). A route whose authentication "
        + "has clients send an API key in a query parameter or in another header therefore never authorizes, "
        + "with or without caching. Have clients send the credential in the Authorization header.",
    severity = Severity.WARNING,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html",
    quote = "The API client must pass the required authorization token in that header in the incoming request.")
public final class CredentialsOutsideAuthorizerHeader implements GalConfigRule {
  private static final String TOKEN_HEADER = "Authorization";

  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().authorizerType().map("lambda"::equals).orElse(false)) {
      return;
    }
    for (GalRoute route : config.routes()) {
      if (route.authenticationType().filter("api_key"::equals).isEmpty()) {
        continue;
      }
      Node auth = route.authentication().orElseThrow();
      Optional<Node> apiKey = auth.object("api_key");
      Optional<Located<String>> location = apiKey.flatMap(k -> k.string("in_location")).filter(l -> l.value().equals("query"));
      Optional<Located<String>> name = apiKey.flatMap(k -> k.string("key_name"));
      String keyName = name.map(Located::value).orElse("X-API-Key");
      if (location.isEmpty() && keyName.equalsIgnoreCase(TOKEN_HEADER)) {
        continue;
      }
      JsonPointer at = location.or(() -> name).map(Located::pointer)
          .or(() -> auth.member("type").map(Node::pointer)).orElse(auth.pointer());
      context.report(at, ("route %s has clients send their key in the %s '%s', but the Lambda authorizer reads only the "
          + "Authorization header and refuses requests without it (401); send the credential in Authorization")
          .formatted(route.path().map(Located::value).orElse("?"), location.isPresent() ? "query parameter" : "header", keyName));
    }
  }
}
