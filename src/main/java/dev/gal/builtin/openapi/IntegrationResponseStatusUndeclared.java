package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-040",
    name = "integration-response-status-undeclared",
    summary = "An integration response's statusCode has no method response",
    description = "Each integration response of an aws, http or mock integration maps the backend's answer to "
        + "the method response of its statusCode, which the operation's responses must declare. When none is "
        + "declared the import passes, but API Gateway has no method response to return for what that integration "
        + "response matches, and the client gets a 500 instead. A \"default\" entry in the operation's responses "
        + "is no method response: import does not support it (rstudio/plumber#856). An integration response that "
        + "also maps responseParameters is not reported: the guide's request validation sample, which it tells "
        + "readers to import, maps a header to a 400 without a 400 method response, so the guide does not bear "
        + "out an import failure for it. Proxy integrations (aws_proxy, http_proxy) pass the backend's response "
        + "through and are not checked. Declare the status in the operation's responses, or map to a declared "
        + "status.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-response.html",
    quote = "HTTP status code for the method response; for example, \"200\". This must correspond to a matching "
        + "response in the OpenAPI Operation responses field.")
public final class IntegrationResponseStatusUndeclared extends IntegrationRule {
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    for (Node response : IntegrationResponses.of(operation, integration, kind)) {
      if (mapsParameters(response)) {
        continue;
      }
      response.string("statusCode").filter(s -> !Placeholders.templated(s.value()))
          .filter(s -> MethodResponses.of(operation, s.value()).isEmpty())
          .ifPresent(status -> context.report(status.pointer(),
              "%s: integration response returns status %s, which has no method response in the operation's responses, so the calls it matches get 500"
                  .formatted(operation.label(), status.value())));
    }
  }

  private static boolean mapsParameters(Node response) {
    return response.object("responseParameters").map(p -> p.value().size() > 0).orElse(false);
  }
}
