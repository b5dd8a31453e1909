package dev.gal.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.OpenApiDocument;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The endpoint types of x-amazon-apigateway-endpoint-configuration, upper case; empty when none are given. */
final class EndpointTypes {
  private EndpointTypes() {}

  static Set<String> of(OpenApiDocument document) {
    JsonNode types = document.document().root().path("x-amazon-apigateway-endpoint-configuration").path("types");
    Set<String> found = new HashSet<>();
    if (types.isTextual()) {
      found.add(types.textValue().toUpperCase(Locale.ROOT));
    }
    for (JsonNode type : types) {
      found.add(type.asText().toUpperCase(Locale.ROOT));
    }
    return found;
  }
}
