package dev.gal.fix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a new value for insertion: in flow style (inside brackets, and in
 * JSON files), or as the lines of a block value at a given indentation.
 * Scalars take the style the caller found beside the insertion point.
 */
final class NodeText {
  private final ScalarStyle style;
  private final boolean json;
  private final String lineBreak;

  NodeText(ScalarStyle style, boolean json, String lineBreak) {
    this.style = style;
    this.json = json;
    this.lineBreak = lineBreak;
  }

  String scalar(JsonNode value) {
    return style.write(value, json);
  }

  String key(String name) {
    return scalar(com.fasterxml.jackson.databind.node.TextNode.valueOf(name));
  }

  /** The value on one line: [a, b], {k: v}, or a scalar. */
  String flow(JsonNode value) {
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(flow(item)));
      return "[" + String.join(", ", items) + "]";
    }
    if (value.isObject()) {
      List<String> members = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        members.add(key(member.getKey()) + ": " + flow(member.getValue()));
      }
      return "{" + String.join(", ", members) + "}";
    }
    return scalar(value);
  }

  /**
   * What follows "key:" in block style for a member indented by {@code indent}:
   * " value" for scalars and lists of scalars, else the nested lines.
   */
  String blockValue(JsonNode value, int indent) {
    if (value.isObject() && !value.isEmpty()) {
      return lineBreak + mappingLines(value, indent + 2);
    }
    if (value.isArray() && containsContainer(value)) {
      StringBuilder lines = new StringBuilder();
      value.forEach(item -> lines.append(lineBreak).append(" ".repeat(indent + 2)).append("- ").append(blockItem(item, indent + 4)));
      return lines.toString();
    }
    return " " + flow(value);
  }

  /** A list item after "- ", whose further lines are indented by {@code indent}. */
  String blockItem(JsonNode value, int indent) {
    if (value.isObject() && !value.isEmpty()) {
      return mappingLines(value, indent).substring(indent);
    }
    return flow(value);
  }

  /** The members of a mapping, one per line, each indented by {@code indent}; no break after the last. */
  private String mappingLines(JsonNode mapping, int indent) {
    List<String> lines = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = mapping.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      lines.add(" ".repeat(indent) + key(member.getKey()) + ":" + blockValue(member.getValue(), indent));
    }
    return String.join(lineBreak, lines);
  }

  private static boolean containsContainer(JsonNode list) {
    for (JsonNode item : list) {
      if (item.isContainerNode()) {
        return true;
      }
    }
    return false;
  }
}
