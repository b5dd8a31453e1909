package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-037",
    name = "http-api-integration-type-unsupported",
    summary = "An HTTP API integration that is neither Lambda proxy nor HTTP proxy",
    description = "HTTP APIs have Lambda proxy (aws_proxy, which also covers AWS service integrations with an "
        + "integrationSubtype) and HTTP proxy (http_proxy, also for private integrations) integrations only. "
        + "aws, http and mock integrations, which REST APIs have, make the import warn, and an import with "
        + "--fail-on-warnings stops. Use aws_proxy or http_proxy, or import the document as a REST API.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html",
    quote = "The following OpenAPI 3.0 document produces warnings on import because HTTP APIs support only Lambda "
        + "proxy and HTTP proxy integrations.")
public final class HttpApiIntegrationTypeUnsupported extends IntegrationRule {
  /** Valid REST API types that HTTP APIs lack; unknown types are AWS-OAS-001's. */
  private static final Set<String> REST_ONLY = Set.of("aws", "http", "mock");

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    if (kind == OpenApiDocument.ApiKind.HTTP && REST_ONLY.contains(operation.integrationType())) {
      context.report(integration.member("type").map(Node::pointer).orElse(integration.pointer()),
          "%s has the integration type %s, which HTTP APIs do not support; use aws_proxy or http_proxy"
              .formatted(operation.label(), operation.integrationType()));
    }
  }
}
