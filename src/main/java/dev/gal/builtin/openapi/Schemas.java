package dev.gal.builtin.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The schema objects of a document that import turns into REST API models: the models themselves and the
 * schemas written inline in operations (parameters, request bodies, responses), each with the schemas nested
 * in it. A $ref is not followed: what it names is visited where it is defined.
 *
 * <p>A large document holds hundreds of thousands of schemas, so the walk reads the tree directly: a pointer is
 * built for each schema it visits, and no Optional or Node for the keys it only looks up.
 */
final class Schemas {
  private static final int MAX_DEPTH = 64;
  private static final List<String> SCHEMA_MAPS = List.of("properties", "patternProperties", "definitions");
  private static final List<String> SCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf");
  /** Where a schema has subschemas, in the order they are visited: the maps, the lists, then single schemas. */
  private static final List<String> CHILDREN = List.of("properties", "patternProperties", "definitions", "allOf", "anyOf",
      "oneOf", "items", "additionalProperties", "not");
  private static final Map<String, Integer> SLOTS = IntStream.range(0, CHILDREN.size()).boxed()
      .collect(Collectors.toUnmodifiableMap(CHILDREN::get, slot -> slot));

  private Schemas() {}

  /** Calls visitor with every schema object of the document: the models first, then each operation's. */
  static void visit(OpenApiDocument document, Consumer<Node> visitor) {
    for (Node model : Models.of(document)) {
      walk(model.value(), model.pointer(), visitor, 0);
    }
    // A path item's parameters belong to each of its operations; their schemas are visited once.
    Set<JsonPointer> parametersSeen = new HashSet<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      for (Node parameter : operation.parameters()) {
        if (parametersSeen.add(parameter.pointer())) {
          walkSchemaOf(parameter.value(), parameter.pointer(), visitor);
        }
      }
      JsonNode node = operation.node().value();
      JsonPointer at = operation.node().pointer();
      JsonNode body = node.get("requestBody");
      if (body != null && body.isObject()) {
        walkContent(body, at.append("requestBody"), visitor);
      }
      JsonNode responses = node.get("responses");
      if (responses != null && responses.isObject()) {
        JsonPointer responsesAt = at.append("responses");
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
          if (response.getValue().isObject()) {
            JsonPointer responseAt = responsesAt.append(response.getKey());
            walkSchemaOf(response.getValue(), responseAt, visitor);
            walkContent(response.getValue(), responseAt, visitor);
          }
        }
      }
    }
  }

  /** The schemas of an OpenAPI 3 content map (requestBody or response). */
  static List<Node> contentSchemas(Node holder) {
    JsonNode content = holder.value().get("content");
    if (content == null || !content.isObject()) {
      return List.of();
    }
    List<Node> found = new ArrayList<>(content.size());
    JsonPointer contentAt = holder.pointer().append("content");
    for (Map.Entry<String, JsonNode> media : content.properties()) {
      JsonNode schema = media.getValue().isObject() ? media.getValue().get("schema") : null;
      if (schema != null && schema.isObject()) {
        found.add(new Node(schema, contentAt.append(media.getKey()).append("schema")));
      }
    }
    return found;
  }

  /** Walks the schema of each media type of the content map of {@code holder}. */
  private static void walkContent(JsonNode holder, JsonPointer at, Consumer<Node> visitor) {
    for (Node schema : contentSchemas(new Node(holder, at))) {
      walk(schema.value(), schema.pointer(), visitor, 0);
    }
  }

  /** Walks the schema of a parameter or response object, when it has one. */
  private static void walkSchemaOf(JsonNode holder, JsonPointer at, Consumer<Node> visitor) {
    JsonNode schema = holder.isObject() ? holder.get("schema") : null;
    if (schema != null && schema.isObject()) {
      walk(schema, at.append("schema"), visitor, 0);
    }
  }

  private static void walk(JsonNode schema, JsonPointer at, Consumer<Node> visitor, int depth) {
    if (depth > MAX_DEPTH || !schema.isObject()) {
      return;
    }
    visitor.accept(new Node(schema, at));
    // One pass over the schema's few fields finds its subschemas; looking up each of nine keywords cost more.
    JsonNode[] children = null;
    for (Map.Entry<String, JsonNode> field : schema.properties()) {
      Integer slot = SLOTS.get(field.getKey());
      if (slot != null) {
        children = children != null ? children : new JsonNode[CHILDREN.size()];
        children[slot] = field.getValue();
      }
    }
    if (children == null) {
      return;
    }
    for (int slot = 0; slot < CHILDREN.size(); slot++) {
      JsonNode child = children[slot];
      String key = CHILDREN.get(slot);
      if (child == null) {
        continue;
      }
      if (SCHEMA_MAPS.contains(key)) {
        if (child.isObject()) {
          JsonPointer mapAt = at.append(key);
          for (Map.Entry<String, JsonNode> entry : child.properties()) {
            walk(entry.getValue(), mapAt.append(entry.getKey()), visitor, depth + 1);
          }
        }
      } else if (child.isArray() && (SCHEMA_LISTS.contains(key) || key.equals("items"))) {
        walkItems(child, at, key, visitor, depth);
      } else if (!SCHEMA_LISTS.contains(key)) {
        walk(child, at.append(key), visitor, depth + 1);
      }
    }
  }

  private static void walkItems(JsonNode list, JsonPointer at, String key, Consumer<Node> visitor, int depth) {
    JsonPointer listAt = at.append(key);
    for (int i = 0; i < list.size(); i++) {
      walk(list.get(i), listAt.append(i), visitor, depth + 1);
    }
  }
}
