package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-001",
    name = "integration-type-invalid",
    summary = "x-amazon-apigateway-integration type is not a known integration type",
    description = "An integration's type is aws, aws_proxy, http, http_proxy or mock. Any other value names no integration API Gateway has.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-any-method.html",
    quote = "The integration can be of type AWS, AWS_PROXY, HTTP, HTTP_PROXY, or MOCK.")
public final class IntegrationTypeInvalid extends IntegrationRule {
  private static final Set<String> TYPES = Set.of("aws", "aws_proxy", "http", "http_proxy", "mock");

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    String type = operation.integrationType();
    if (!TYPES.contains(type)) {
      context.report(integration.member("type").map(Node::pointer).orElse(integration.pointer()),
          "%s has the integration type \"%s\"; use aws, aws_proxy, http, http_proxy or mock".formatted(operation.label(), type));
    }
  }
}
