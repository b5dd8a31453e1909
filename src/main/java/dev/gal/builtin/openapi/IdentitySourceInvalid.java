package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-017",
    name = "identity-source-invalid",
    summary = "A request authorizer's identitySource is not a list of request parameters",
    description = "A REST API request authorizer reads a comma-separated list of method.request.header.X, "
        + "method.request.querystring.X, stageVariables.X and context.X (the console's Header, Query String, Stage "
        + "Variable and Context); another form names nothing API Gateway can read, and the authorizer cannot work. "
        + "Token authorizers are not checked: the guide applies identitySource to request and jwt authorizers only, "
        + "and a token authorizer reads the header that its security scheme names.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html",
    quote = "A comma-separated list of mapping expressions of the request parameters as the identity source. "
        + "Applicable for the authorizer of the request and jwt type only.")
public final class IdentitySourceInvalid extends SchemeRule {
  private static final String REQUEST = "(method\\.request\\.(header|querystring|multivalueheader|multivaluequerystring)\\.[^\\s,]+"
      + "|stageVariables\\.[^\\s,]+|context\\.[^\\s,]+)";

  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    if (authorizer == null || kind == OpenApiDocument.ApiKind.HTTP || !authorizerType(authorizer).equals("request")) {
      return;
    }
    authorizer.string("identitySource").filter(s -> !Placeholders.templated(s.value()))
        .filter(s -> !s.value().trim().matches(REQUEST + "(\\s*,\\s*" + REQUEST + ")*"))
        .ifPresent(source -> context.report(source.pointer(), ("security scheme %s: identitySource \"%s\" is not a "
            + "comma-separated list of method.request.header.X, method.request.querystring.X, stageVariables.X or context.X")
            .formatted(name(scheme), source.value())));
  }
}
