package dev.gal.builtin.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.stream.StreamSupport;

@RuleInfo(
    id = "AWS-OAS-023",
    name = "endpoint-configuration-invalid",
    summary = "x-amazon-apigateway-endpoint-configuration has a property, value or place that import does not read",
    description = "The extension has two properties, disableExecuteApiEndpoint (a boolean) and vpcEndpointIds (a "
        + "list of VPC endpoint ids). It sits at the top level of a Swagger 2.0 document and under a Server object "
        + "of an OpenAPI 3.0 document. It has no types: the endpoint type (EDGE, REGIONAL or PRIVATE) is a parameter "
        + "of the import, as in aws apigateway import-rest-api --parameters endpointConfigurationTypes=REGIONAL, "
        + "and an import without it creates an edge-optimized API whatever the document says. Pass the type to the "
        + "import, and move or remove what the import does not read.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html",
    quote = "This object should be present in top-level vendor extensions for Swagger 2.0. For OpenAPI 3.0, it should be "
        + "present under the vendor extensions of the Server object.")
public final class EndpointConfigurationUnread implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (!document.isSwagger2()) {
      document.root().member(EndpointConfigurations.EXTENSION).ifPresent(c -> context.reportKey(c.pointer(),
          "in an OpenAPI 3.0 document %s belongs under a Server object (servers[n]), not at the top level"
              .formatted(EndpointConfigurations.EXTENSION)));
    }
    for (Node configuration : EndpointConfigurations.of(document)) {
      configuration.value().fieldNames().forEachRemaining(key -> configuration.member(key)
          .ifPresent(property -> checkProperty(key, property, context)));
    }
  }

  private static void checkProperty(String key, Node property, RuleContext context) {
    JsonNode value = property.value();
    switch (key) {
      case "disableExecuteApiEndpoint" -> {
        if (!value.isBoolean()) {
          context.report(property.pointer(), "disableExecuteApiEndpoint is %s, not true or false".formatted(value));
        }
      }
      case "vpcEndpointIds" -> {
        boolean ids = value.isArray() && StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isTextual);
        if (!ids) {
          context.report(property.pointer(), "vpcEndpointIds is %s, not a list of VPC endpoint ids".formatted(value));
        }
      }
      case "types" -> context.reportKey(property.pointer(), "import does not read types: pass the endpoint type to the "
          + "import instead (--parameters endpointConfigurationTypes=EDGE, REGIONAL or PRIVATE); without it the API is edge-optimized");
      default -> {
        if (!key.startsWith("x-")) {
          context.reportKey(property.pointer(), "%s is not a property of %s, which has disableExecuteApiEndpoint and vpcEndpointIds"
              .formatted(key, EndpointConfigurations.EXTENSION));
        }
      }
    }
  }
}
