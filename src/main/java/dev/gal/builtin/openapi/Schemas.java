package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The schema objects of a document that import turns into REST API models: the models themselves and the
 * schemas written inline in operations (parameters, request bodies, responses), each with the schemas nested
 * in it. A $ref is not followed: what it names is visited where it is defined.
 */
final class Schemas {
  private static final int MAX_DEPTH = 64;
  private static final List<String> SCHEMA_MAPS = List.of("properties", "patternProperties", "definitions");
  private static final List<String> SCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf");

  private Schemas() {}

  /** Calls visitor with every schema object of the document. */
  static void visit(OpenApiDocument document, Consumer<Node> visitor) {
    for (Node model : Models.of(document)) {
      walk(model, visitor, 0);
    }
    for (Node schema : inline(document)) {
      walk(schema, visitor, 0);
    }
  }

  /** The schemas written in operations: of parameters, request bodies and responses. */
  private static List<Node> inline(OpenApiDocument document) {
    List<Node> found = new ArrayList<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      operation.parameters().forEach(p -> p.object("schema").ifPresent(found::add));
      operation.node().object("requestBody").ifPresent(body -> found.addAll(contentSchemas(body)));
      operation.node().object("responses").ifPresent(responses -> responses.value().fieldNames().forEachRemaining(status ->
          responses.object(status).ifPresent(response -> {
            response.object("schema").ifPresent(found::add);
            found.addAll(contentSchemas(response));
          })));
    }
    return found;
  }

  /** The schemas of an OpenAPI 3 content map (requestBody or response). */
  static List<Node> contentSchemas(Node holder) {
    List<Node> found = new ArrayList<>();
    holder.object("content").ifPresent(content -> content.value().fieldNames().forEachRemaining(type ->
        content.object(type).flatMap(media -> media.object("schema")).ifPresent(found::add)));
    return found;
  }

  private static void walk(Node schema, Consumer<Node> visitor, int depth) {
    if (depth > MAX_DEPTH || !schema.value().isObject()) {
      return;
    }
    visitor.accept(schema);
    for (String key : SCHEMA_MAPS) {
      schema.object(key).ifPresent(map -> map.value().fieldNames().forEachRemaining(name ->
          map.object(name).ifPresent(child -> walk(child, visitor, depth + 1))));
    }
    for (String key : SCHEMA_LISTS) {
      schema.items(key).forEach(child -> walk(child, visitor, depth + 1));
    }
    schema.object("items").ifPresent(child -> walk(child, visitor, depth + 1));
    schema.items("items").forEach(child -> walk(child, visitor, depth + 1));
    schema.object("additionalProperties").ifPresent(child -> walk(child, visitor, depth + 1));
    schema.object("not").ifPresent(child -> walk(child, visitor, depth + 1));
  }
}
