package dev.gal.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where an OpenAPI document sets CORS response headers. */
final class CorsHeaders {
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
  private static final Pattern QUOTES = Pattern.compile("^'|'$");

  private CorsHeaders() {}

  /** Whether an operation returns Access-Control-Allow-Origin, in its integration or its method responses. */
  static boolean setsOrigin(OpenApiDocument.Operation operation) {
    boolean integration = operation.integration().map(i -> integrationValue(i, ALLOW_ORIGIN).isPresent()).orElse(false);
    if (integration) {
      return true;
    }
    Iterator<JsonNode> responses = operation.node().value().path("responses").elements();
    while (responses.hasNext()) {
      if (responses.next().path("headers").has(ALLOW_ORIGIN)) {
        return true;
      }
    }
    return false;
  }

  /** The literal value an integration response gives a header, such as 'GET,POST', without quotes. */
  static Optional<String> integrationValue(Node integration, String header) {
    JsonNode responses = integration.value().path("responses");
    Iterator<Map.Entry<String, JsonNode>> entries = responses.fields();
    while (entries.hasNext()) {
      JsonNode value = entries.next().getValue().path("responseParameters").get("method.response.header." + header);
      if (value != null && value.isTextual()) {
        return Optional.of(QUOTES.matcher(value.textValue()).replaceAll(""));
      }
    }
    return Optional.empty();
  }
}
