package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Locale;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-017",
    name = "identity-source-invalid",
    summary = "identitySource does not fit the authorizer type",
    description = "A token authorizer reads one header, method.request.header.NAME. A request authorizer reads a comma-separated list of method.request.header.X, method.request.querystring.X, stageVariables.X and context.X. Other forms are rejected.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html")
public final class IdentitySourceInvalid extends SchemeRule {
  private static final String TOKEN = "method\\.request\\.header\\.[^\\s,]+";
  private static final String REQUEST = "(method\\.request\\.(header|querystring|multivalueheader|multivaluequerystring)\\.[^\\s,]+|stageVariables\\.[^\\s,]+|context\\.[^\\s,]+)";

  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    if (authorizer == null || kind == OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    String type = authorizerType(authorizer);
    authorizer.string("identitySource").filter(s -> !Placeholders.templated(s.value())).ifPresent(source -> {
      boolean ok = switch (type) {
        case "token" -> source.value().trim().matches(TOKEN);
        case "request" -> source.value().trim().matches(REQUEST + "(\\s*,\\s*" + REQUEST + ")*");
        default -> true;
      };
      if (!ok) {
        context.report(source.pointer(), "security scheme %s: identitySource \"%s\" does not fit a %s authorizer"
            .formatted(name(scheme), source.value(), type));
      }
    });
  }
}
