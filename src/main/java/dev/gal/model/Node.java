package dev.gal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A node of a document and the pointer to it: the unit rules read and report.
 * Typed accessors return a value only when it has the expected type; wrong
 * types are the schema stage's to report.
 */
public record Node(JsonNode value, JsonPointer pointer) {
  public Optional<Node> member(String key) {
    JsonNode child = value.isObject() ? value.get(key) : null;
    return child == null ? Optional.empty() : Optional.of(new Node(child, pointer.append(key)));
  }

  public boolean has(String key) {
    return value.isObject() && value.has(key);
  }

  public Optional<Node> object(String key) {
    return member(key).filter(n -> n.value().isObject());
  }

  public Optional<Located<String>> string(String key) {
    return member(key).filter(n -> n.value().isTextual()).map(n -> new Located<>(n.value().textValue(), n.pointer()));
  }

  public Optional<Located<Long>> integer(String key) {
    return member(key).flatMap(n -> WholeNumbers.of(n.value()).map(v -> new Located<>(v, n.pointer())));
  }

  public Optional<Located<Boolean>> bool(String key) {
    return member(key).filter(n -> n.value().isBoolean()).map(n -> new Located<>(n.value().booleanValue(), n.pointer()));
  }

  /** The items of the array at {@code key}; empty when absent or not an array. */
  public List<Node> items(String key) {
    return member(key).map(Node::items).orElse(List.of());
  }

  public List<Node> items() {
    List<Node> items = new ArrayList<>();
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        items.add(new Node(value.get(i), pointer.append(i)));
      }
    }
    return items;
  }

  /** The string items of the array at {@code key}, skipping items of other types. */
  public List<Located<String>> strings(String key) {
    return items(key).stream().filter(n -> n.value().isTextual())
        .map(n -> new Located<>(n.value().textValue(), n.pointer())).toList();
  }

  /** Whether an optional feature block is present and not switched off with enabled: false. */
  public boolean enabledBlock(String key) {
    return object(key).map(block -> !block.value().path("enabled").isBoolean()
        || block.value().get("enabled").booleanValue()).orElse(false);
  }
}
