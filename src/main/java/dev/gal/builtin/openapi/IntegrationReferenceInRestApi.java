package dev.gal.builtin.openapi;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-045",
    name = "integration-reference-in-rest-api",
    summary = "A REST API operation's x-amazon-apigateway-integration is a $ref, which only HTTP APIs resolve",
    description = "Integrations kept in components.x-amazon-apigateway-integrations and referenced with $ref are "
        + "an HTTP API feature. REST API import does not follow the reference, reads an integration without a "
        + "type and skips it: \"Unknown integration type 'null' for 'GET /pets'. Ignoring.\" "
        + "(awsdocs/amazon-api-gateway-developer-guide#65), so the method has no integration. Write the "
        + "integration inline in each operation (YAML anchors can share it), or import the document as an HTTP API.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integrations.html",
    quote = "You can define integrations in the components section of your OpenAPI definition, and reuse the "
        + "integrations for multiple routes. Supported only for HTTP APIs.")
public final class IntegrationReferenceInRestApi implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.REST) {
      return;
    }
    for (OpenApiDocument.Operation operation : document.operations()) {
      operation.node().object(OpenApiDocument.INTEGRATION).flatMap(i -> i.string("$ref")).ifPresent(ref -> context.report(ref.pointer(),
          "%s refers to the integration %s; REST API import does not follow the reference and leaves the method without an integration, so write it inline"
              .formatted(operation.label(), ref.value())));
    }
  }
}
