package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-002",
    name = "integration-http-method-missing",
    summary = "A non-mock integration without httpMethod",
    description = "Every integration except mock calls its backend with the method in httpMethod, so specifying it is "
        + "a required step of setting up every integration but mock.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-request.html",
    quote = "For non-mock integrations, specify an HTTP method and the URI of the targeted integration endpoint, "
        + "except for the MOCK integration.")
public final class IntegrationMethodMissing extends IntegrationRule {
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    if (!operation.integrationType().equals("mock") && !operation.integrationType().isEmpty() && !integration.has("httpMethod")) {
      context.reportKey(integration.pointer(), "%s: the %s integration has no httpMethod; add the method the backend is called with"
          .formatted(operation.label(), operation.integrationType()));
    }
  }
}
