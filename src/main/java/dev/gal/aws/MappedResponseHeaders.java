package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/**
 * Declares in each method response the headers its integration responses
 * map. The guide: "return headers in a mock integration response by first
 * adding a header to the method response and then setting up a header
 * mapping" (how-to-mock-integration-console.md); a mapping to an undeclared
 * method.response.header is an invalid mapping expression on import.
 */
final class MappedResponseHeaders {
  private static final String PREFIX = "method.response.header.";

  private MappedResponseHeaders() {}

  static void declare(ObjectNode operation) {
    for (JsonNode response : operation.path("x-amazon-apigateway-integration").path("responses")) {
      String status = response.path("statusCode").asText("");
      if (status.isEmpty()) {
        continue;
      }
      for (Iterator<String> names = response.path("responseParameters").fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (name.startsWith(PREFIX)) {
          declare(operation, status, name.substring(PREFIX.length()));
        }
      }
    }
  }

  private static void declare(ObjectNode operation, String status, String header) {
    ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses") : operation.putObject("responses");
    ObjectNode methodResponse = responses.has(status) ? (ObjectNode) responses.get(status) : responses.putObject(status);
    if (!methodResponse.has("description")) {
      methodResponse.put("description", "Response from the backend");
    }
    ObjectNode headers = methodResponse.has("headers") ? (ObjectNode) methodResponse.get("headers") : methodResponse.putObject("headers");
    if (!headers.has(header)) {
      headers.putObject(header).putObject("schema").put("type", "string");
    }
  }
}
