package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The integration responses of a REST API's non-proxy integration (aws, http, mock), which map the backend's
 * answer to a method response. Proxy integrations pass the backend's response through, so theirs are not read.
 */
final class IntegrationResponses {
  private static final Set<String> NON_PROXY = Set.of("aws", "http", "mock");

  private IntegrationResponses() {}

  /** The integration responses, each an object, or none when the integration is a proxy or the API is an HTTP API. */
  static List<Node> of(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind) {
    List<Node> found = new ArrayList<>();
    if (kind == OpenApiDocument.ApiKind.REST && NON_PROXY.contains(operation.integrationType())) {
      integration.object("responses").ifPresent(responses -> responses.value().fieldNames()
          .forEachRemaining(key -> responses.object(key).ifPresent(found::add)));
    }
    return found;
  }
}
