package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Every x-amazon-apigateway-endpoint-configuration of a document: at the top
 * level, where Swagger 2.0 has it, and under each Server object, where
 * OpenAPI 3.0 has it.
 */
final class EndpointConfigurations {
  static final String EXTENSION = "x-amazon-apigateway-endpoint-configuration";

  private EndpointConfigurations() {}

  static List<Node> of(OpenApiDocument document) {
    List<Node> found = new ArrayList<>();
    document.root().object(EXTENSION).ifPresent(found::add);
    for (Node server : document.root().items("servers")) {
      server.object(EXTENSION).ifPresent(found::add);
    }
    return found;
  }
}
