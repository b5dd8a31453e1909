package dev.gal.lsp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Completion in a GAL config from its schema: after "key: ", the values the
 * key's enum allows; elsewhere, the keys the mapping at the cursor may hold.
 */
final class Completions {
  /** LSP CompletionItemKind values. */
  private static final int PROPERTY = 10;
  private static final int ENUM_MEMBER = 20;

  private final SchemaLookup schema;

  Completions(SchemaLookup schema) {
    this.schema = schema;
  }

  ObjectNode at(List<String> lines, int line, int character) {
    YamlCursor.Place place = YamlCursor.at(lines, line, character);
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    if (place.inValue()) {
      for (String value : schema.enumValues(place.keyPath())) {
        if (value.startsWith(place.prefix())) {
          items.addObject().put("label", value).put("kind", ENUM_MEMBER).put("insertText", value);
        }
      }
    } else {
      for (Map.Entry<String, String> key : schema.keys(place.parents()).entrySet()) {
        if (key.getKey().startsWith(place.prefix())) {
          ObjectNode item = items.addObject().put("label", key.getKey()).put("kind", PROPERTY)
              .put("insertText", key.getKey() + ": ");
          if (!key.getValue().isEmpty()) {
            item.putObject("documentation").put("kind", "markdown").put("value", key.getValue());
          }
        }
      }
    }
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("isIncomplete", false);
    list.set("items", items);
    return list;
  }
}
