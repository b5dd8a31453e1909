package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * The method responses of an operation, by status code: the keys of its responses. A response written as a
 * $ref to the document root's responses (#/responses/NAME) is a status whose headers import does not read.
 */
final class MethodResponses {
  static final String ROOT_RESPONSES = "#/responses/";

  private MethodResponses() {}

  /** The response of a status code as written, or empty when the operation declares none for it. */
  static Optional<Node> of(OpenApiDocument.Operation operation, String status) {
    return operation.node().object("responses").flatMap(r -> r.member(status)).filter(r -> r.value().isObject());
  }

  /** Whether a response is a reference to the document root's responses, which import does not follow. */
  static boolean rootReference(Node response) {
    return response.value().path("$ref").asText("").startsWith(ROOT_RESPONSES);
  }

  /** Whether the (resolved) response declares the header, compared without case as HTTP does. */
  static boolean declaresHeader(OpenApiDocument document, Node response, String header) {
    Iterator<String> names = document.resolve(response).value().path("headers").fieldNames();
    while (names.hasNext()) {
      if (names.next().toLowerCase(Locale.ROOT).equals(header.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
