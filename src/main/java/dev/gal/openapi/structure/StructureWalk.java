package dev.gal.openapi.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Walks an OpenAPI 3 tree once, along the object types of {@link OpenApi30Objects},
 * and reports wrong types, unexpected and missing fields. Nodes no type claims
 * (extensions, examples) are not entered, so the walk costs one visit per
 * structural node.
 */
final class StructureWalk {
  /** Deeper than any real document; bounds the recursion on hostile input. */
  private static final int MAX_DEPTH = 200;
  /** Fields that OpenAPI 3.1 adds to 3.0 objects; 3.1 documents are only checked against 3.0's structure otherwise. */
  private static final Map<String, Set<String>> ADDED_IN_31 = Map.of(OpenApi30Objects.ROOT, Set.of("webhooks",
      "jsonSchemaDialect"), "Info", Set.of("summary"), "License", Set.of("identifier"), "Components", Set.of("pathItems"));

  private static final OasShape RESPONSE = OasShape.object(OpenApi30Objects.RESPONSE);
  private static final OasShape PATH_ITEM = OasShape.object(OpenApi30Objects.PATH_ITEM);

  private final Problems problems;
  private final ObjectRules rules;
  private final Cursor at = new Cursor();
  private final boolean openApi31;

  StructureWalk(JsonNode root, Problems problems, boolean openApi31) {
    this.problems = problems;
    this.openApi31 = openApi31;
    this.rules = new ObjectRules(root, problems, openApi31);
  }

  void walk(JsonNode root) {
    visit(root, OasShape.object(OpenApi30Objects.ROOT));
  }

  private void visit(JsonNode node, OasShape shape) {
    if (at.depth() > MAX_DEPTH) {
      return;
    }
    if (shape instanceof OasShape.Scalar scalar) {
      if (node.isContainerNode()) {
        problems.wrongType(at.pointer(), scalar.name());
      }
    } else if (shape instanceof OasShape.ListOf list) {
      if (!node.isArray()) {
        problems.wrongType(at.pointer(), "array");
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        at.push(Integer.toString(i));
        visit(node.get(i), list.item());
        at.pop();
      }
    } else if (shape instanceof OasShape.MapOf map) {
      if (!node.isObject()) {
        problems.wrongType(at.pointer(), "object");
      } else {
        entries(node, map.value(), false);
      }
    } else if (shape instanceof OasShape.Of of) {
      object(node, of.type());
    }
  }

  private void object(JsonNode node, String typeName) {
    String type = typeName;
    if (type.equals(OpenApi30Objects.SCHEMA_OR_BOOLEAN)) {
      if (node.isBoolean() || node.isTextual() && (node.asText().equalsIgnoreCase("true") || node.asText().equalsIgnoreCase("false"))) {
        return;
      }
      type = OpenApi30Objects.SCHEMA;
    }
    if (!node.isObject()) {
      problems.wrongType(at.pointer(), "object");
      return;
    }
    switch (type) {
      case OpenApi30Objects.PATHS -> paths(node);
      case OpenApi30Objects.RESPONSES -> entries(node, RESPONSE, true);
      case OpenApi30Objects.CALLBACK -> {
        if (!reference(node)) {
          entries(node, PATH_ITEM, true);
        }
      }
      default -> fixedFields(node, OpenApi30Objects.type(type));
    }
  }

  private void fixedFields(JsonNode node, OasObject type) {
    if (type.referable() && reference(node)
        || openApi31 && type.name().equals(OpenApi30Objects.SCHEMA)
        || !rules.readable(type.name(), node, at)) {
      // A 3.1 schema is a JSON Schema 2020-12 object, which the 3.0 table does not describe.
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      OasShape shape = type.fields().get(key);
      if (shape != null) {
        at.push(key);
        visit(field.getValue(), shape);
        at.pop();
      } else if (!key.startsWith("x-") && !(openApi31 && ADDED_IN_31.getOrDefault(type.name(), Set.of()).contains(key))) {
        problems.unexpected(at.pointer(), key);
      }
    }
    for (String required : type.required()) {
      if (!node.has(required) && !(openApi31 && required.equals("paths"))) {
        problems.missing(at.pointer(), required);
      }
    }
    rules.check(type.name(), node, at);
  }

  /** A Reference Object stands for the whole object; what it points to is checked where it is defined. */
  private boolean reference(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return false;
    }
    if (!ref.isTextual()) {
      problems.wrongType(at.pointer().append("$ref"), "string");
    }
    return true;
  }

  private void paths(JsonNode node) {
    Iterator<Map.Entry<String, JsonNode>> paths = node.properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      String key = path.getKey();
      if (!key.startsWith("x-") && path.getValue().isObject() && !key.startsWith("/")) {
        problems.invalid(at.pointer().append(key), "does not start with /");
      }
    }
    entries(node, PATH_ITEM, true);
  }

  private void entries(JsonNode node, OasShape value, boolean extensible) {
    Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      if (!extensible || !entry.getKey().startsWith("x-")) {
        at.push(entry.getKey());
        visit(entry.getValue(), value);
        at.pop();
      }
    }
  }
}
