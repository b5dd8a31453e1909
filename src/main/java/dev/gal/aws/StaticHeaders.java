package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The headers a document sets to fixed text, which a GAL route's headers
 * block holds: static request headers of an HTTP proxy integration, and static
 * response headers of the one response a MOCK answers with. gal export writes
 * both; import reads them back.
 */
final class StaticHeaders {
  static final String REQUEST = "integration.request.header.";
  static final String RESPONSE = "method.response.header.";
  static final String ALLOW_ORIGIN = RESPONSE + "Access-Control-Allow-Origin";

  private StaticHeaders() {}

  /** The text of a static mapping value, written in single quotes. */
  static Optional<String> literal(JsonNode value) {
    String text = value.asText("");
    return value.isTextual() && text.length() >= 2 && text.startsWith("'") && text.endsWith("'")
        ? Optional.of(text.substring(1, text.length() - 1)) : Optional.empty();
  }

  /** Whether a request parameter mapping of an HTTP proxy is a static header that a route can hold. */
  static boolean isRequestHeader(String key, JsonNode value) {
    return key.startsWith(REQUEST) && key.length() > REQUEST.length() && literal(value).isPresent();
  }

  /** Whether a MOCK's response parameter is a static header that a route can hold; the CORS origin comes from the settings. */
  static boolean isResponseHeader(String key, JsonNode value) {
    return key.startsWith(RESPONSE) && !key.equals(ALLOW_ORIGIN) && literal(value).isPresent();
  }

  static Map<String, String> request(JsonNode integration) {
    return headers(integration.path("requestParameters"), REQUEST, true);
  }

  /** The static headers of the MOCK's answer, when it answers with one response only. */
  static Map<String, String> response(JsonNode integration) {
    List<String> answering = ExtrasReport.answering(integration.path("requestTemplates"), integration.path("responses"));
    return answering.size() == 1
        ? headers(integration.path("responses").path(answering.get(0)).path("responseParameters"), RESPONSE, false) : Map.of();
  }

  private static Map<String, String> headers(JsonNode parameters, String prefix, boolean request) {
    Map<String, String> headers = new LinkedHashMap<>();
    parameters.properties().forEach(e -> {
      if (request ? isRequestHeader(e.getKey(), e.getValue()) : isResponseHeader(e.getKey(), e.getValue())) {
        headers.put(e.getKey().substring(prefix.length()), literal(e.getValue()).orElseThrow());
      }
    });
    return headers;
  }
}
