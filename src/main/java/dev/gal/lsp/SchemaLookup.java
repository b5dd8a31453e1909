package dev.gal.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds what the GAL config schema says about a place in a config, named by
 * its keys from the root ("[]" for a list item): the description, the keys a
 * mapping may hold, the values an enum allows. Only the keywords the schema
 * uses are followed: $ref, properties, patternProperties,
 * additionalProperties and items.
 */
final class SchemaLookup {
  /** A segment that stands for any item of a list. */
  static final String ITEM = "[]";

  private final JsonNode root;

  SchemaLookup(JsonNode root) {
    this.root = root;
  }

  /** The schema of the value at the path, or null when the schema does not describe that place. */
  JsonNode at(List<String> path) {
    JsonNode schema = resolve(root);
    for (String segment : path) {
      if (schema == null) {
        return null;
      }
      schema = resolve(child(schema, segment));
    }
    return schema;
  }

  /** The description of the value at the path, with its title when it has one, or empty. */
  String description(List<String> path) {
    JsonNode schema = at(path);
    if (schema == null) {
      return "";
    }
    // A $ref's neighbours describe the use, the target the type: prefer the use's words.
    JsonNode described = described(path);
    String title = described.path("title").asText("");
    String description = described.path("description").asText("");
    return title.isEmpty() ? description : description.isEmpty() ? title : "**" + title + "**\n\n" + description;
  }

  /** The keys the mapping at the path may hold, each with its description, in schema order. */
  Map<String, String> keys(List<String> path) {
    Map<String, String> keys = new LinkedHashMap<>();
    JsonNode schema = at(path);
    if (schema == null) {
      return keys;
    }
    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      JsonNode target = resolve(property.getValue());
      String description = property.getValue().path("description").asText(target == null ? "" : target.path("description").asText(""));
      keys.put(property.getKey(), description);
    }
    return keys;
  }

  /** The values an enum at the path allows, as text, or none. */
  List<String> enumValues(List<String> path) {
    JsonNode schema = at(path);
    List<String> values = new ArrayList<>();
    if (schema != null) {
      schema.path("enum").forEach(v -> values.add(v.asText()));
    }
    return values;
  }

  /** The schema node that names the value at the path: the property itself, not what its $ref points to. */
  private JsonNode described(List<String> path) {
    if (path.isEmpty()) {
      return root;
    }
    JsonNode parent = at(path.subList(0, path.size() - 1));
    JsonNode node = parent == null ? null : child(parent, path.get(path.size() - 1));
    if (node == null) {
      return at(path);
    }
    JsonNode target = resolve(node);
    return node.has("description") || target == null ? node : target;
  }

  private static JsonNode child(JsonNode schema, String segment) {
    if (segment.equals(ITEM)) {
      JsonNode items = schema.get("items");
      return items != null && items.isObject() ? items : null;
    }
    JsonNode property = schema.path("properties").get(segment);
    if (property != null) {
      return property;
    }
    Iterator<Map.Entry<String, JsonNode>> patterns = schema.path("patternProperties").fields();
    while (patterns.hasNext()) {
      Map.Entry<String, JsonNode> pattern = patterns.next();
      if (Pattern.compile(pattern.getKey()).matcher(segment).find()) {
        return pattern.getValue();
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    return additional != null && additional.isObject() ? additional : null;
  }

  /** Follows $ref to the schema's own definitions; a chain longer than the schema can hold is a loop. */
  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; current != null && current.has("$ref") && hops < 32; hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#")) {
        return null;
      }
      JsonNode target = root.at(ref.substring(1));
      if (target.isMissingNode()) {
        return null;
      }
      current = target;
    }
    return current;
  }
}
