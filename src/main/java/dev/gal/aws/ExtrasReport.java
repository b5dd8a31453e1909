package dev.gal.aws;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.List;
import java.util.Set;

/** Reports the API-level parts a GAL config has no place for. */
record ExtrasReport(ImportContext context) {
  private static final List<String> API_EXTENSIONS = List.of("x-amazon-apigateway-binary-media-types",
      "x-amazon-apigateway-minimum-compression-size", "x-amazon-apigateway-documentation", "x-amazon-apigateway-policy",
      "x-amazon-apigateway-request-validator", "x-amazon-apigateway-tag-value", "x-amazon-apigateway-importexport-version",
      "x-amazon-apigateway-cors");
  private static final List<String> INTEGRATION_FIELDS = List.of("contentHandling", "payloadFormatVersion", "cacheNamespace",
      "tlsConfig", "integrationSubtype");
  private static final Set<String> CORS_GATEWAY_RESPONSES = Set.of("DEFAULT_4XX", "DEFAULT_5XX");

  void report() {
    Node root = context.document().root();
    for (String extension : API_EXTENSIONS) {
      root.member(extension).ifPresent(n -> context.drop(n.pointer(), extension));
    }
    root.object("x-amazon-apigateway-gateway-responses").ifPresent(responses -> responses.value().fieldNames().forEachRemaining(type -> {
      if (!CORS_GATEWAY_RESPONSES.contains(type)) {
        context.drop(responses.pointer().append(type), "the gateway response " + type);
      }
    }));
    root.object("x-amazon-apigateway-request-validators").ifPresent(validators -> validators.value().fieldNames().forEachRemaining(name -> {
      if (!name.equals(RequestValidation.VALIDATOR)) {
        context.drop(validators.pointer().append(name), "the request validator " + name);
      }
    }));
    for (OpenApiDocument.Operation operation : context.businessOperations()) {
      operation.integration().ifPresent(integration -> {
        String type = integration.value().path("type").asText("");
        if (integration.has("requestTemplates") && !type.equalsIgnoreCase("mock")) {
          context.drop(integration.pointer().append("requestTemplates"), "the mapping templates of " + operation.label());
        }
        if ("VPC_LINK".equalsIgnoreCase(integration.value().path("connectionType").asText())) {
          context.drop(integration.pointer().append("connectionType"), "the VPC link of " + operation.label());
        }
        if (integration.has("cacheKeyParameters") && integration.value().path("cacheKeyParameters").size() > 0) {
          context.drop(integration.pointer().append("cacheKeyParameters"), "the cache key parameters of " + operation.label());
        }
        for (String field : INTEGRATION_FIELDS) {
          integration.member(field).ifPresent(n -> context.drop(n.pointer(), "%s of %s".formatted(field, operation.label())));
        }
        integration.object("requestParameters").ifPresent(parameters -> parameters.value().fields().forEachRemaining(e -> {
          String key = e.getKey();
          boolean pathMapping = key.startsWith("integration.request.path.")
              && e.getValue().asText().equals("method.request.path." + key.substring("integration.request.path.".length()));
          if (!pathMapping) {
            context.drop(parameters.pointer().append(key), "the parameter mapping %s of %s".formatted(key, operation.label()));
          }
        }));
        if (!type.equalsIgnoreCase("mock")) {
          integration.object("responses").ifPresent(responses -> responses.value().fields().forEachRemaining(e -> {
            if (e.getValue().has("responseParameters") || e.getValue().has("responseTemplates")) {
              context.drop(responses.pointer().append(e.getKey()), "the integration response mapping of " + operation.label());
            }
          }));
        }
      });
    }
  }
}
