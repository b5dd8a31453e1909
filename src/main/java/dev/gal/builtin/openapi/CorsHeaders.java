package dev.gal.builtin.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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

  /** The literal value an integration response gives a header, such as 'GET,POST', without quotes, where it is set. */
  static Optional<Located<String>> integrationValue(Node integration, String header) {
    String parameter = "method.response.header." + header;
    for (Node response : integration.object("responses").map(CorsHeaders::members).orElse(List.of())) {
      Optional<Located<String>> value = response.object("responseParameters").flatMap(p -> p.string(parameter));
      if (value.isPresent()) {
        return value.map(v -> new Located<>(QUOTES.matcher(v.value()).replaceAll(""), v.pointer()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a key or a string anywhere under the node names Access-Control-Allow-Origin, as a gateway response's
   * gatewayresponse.header.Access-Control-Allow-Origin parameter does. The walk keeps its own stack: a crafted
   * document may nest deeper than the thread's.
   */
  static boolean mentionsOrigin(JsonNode root) {
    java.util.Deque<JsonNode> pending = new java.util.ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isTextual() && node.textValue().contains(ALLOW_ORIGIN)) {
        return true;
      }
      for (java.util.Map.Entry<String, JsonNode> member : node.properties()) {
        if (member.getKey().contains(ALLOW_ORIGIN)) {
          return true;
        }
        pending.push(member.getValue());
      }
      if (node.isArray()) {
        node.forEach(pending::push);
      }
    }
    return false;
  }

  private static List<Node> members(Node object) {
    List<Node> members = new ArrayList<>();
    object.value().fieldNames().forEachRemaining(name -> object.member(name).ifPresent(members::add));
    return members;
  }
}
