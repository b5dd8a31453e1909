package dev.gal.aws;

import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Chooses the one integration type GAL allows, and leaves out operations of another type. */
record IntegrationTypes(ImportContext context) {
  private static final Map<String, String> GAL_TYPES = Map.of("http_proxy", "HTTP_PROXY", "aws_proxy", "AWS_PROXY", "mock", "MOCK");

  String dominant(List<OpenApiDocument.Operation> operations) {
    List<String> types = new ArrayList<>();
    for (OpenApiDocument.Operation operation : operations) {
      String type = operation.integration().map(i -> OpenApiImporter.lower(i.value().path("type").asText())).orElse("");
      if (!GAL_TYPES.containsKey(type)) {
        context.exclude(operation, type.isEmpty() ? "has no integration" : "uses an integration of type %s, which GAL has no equivalent for".formatted(type));
      } else {
        types.add(GAL_TYPES.get(type));
      }
    }
    String dominant = types.isEmpty() ? "HTTP_PROXY" : OpenApiImporter.mostCommon(types, List.of("HTTP_PROXY", "AWS_PROXY", "MOCK"));
    for (OpenApiDocument.Operation operation : operations) {
      String type = operation.integration().map(i -> GAL_TYPES.get(OpenApiImporter.lower(i.value().path("type").asText()))).orElse(null);
      if (type != null && !type.equals(dominant)) {
        context.exclude(operation, "uses %s while the API's integration type is %s, and GAL has one type per API".formatted(type, dominant));
      }
    }
    return dominant;
  }
}
