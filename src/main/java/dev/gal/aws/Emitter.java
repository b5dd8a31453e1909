package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.JsonPointer;

/**
 * Writes generated nodes and records where each came from, so that every
 * builder keeps the source map as it goes rather than in a second pass.
 */
final class Emitter {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SourceMap sourceMap = new SourceMap();

  SourceMap sourceMap() {
    return sourceMap;
  }

  /** A child object of {@code parent} at {@code key}, created when absent, attributed to {@code source}. */
  ObjectNode object(ObjectNode parent, JsonPointer at, String key, JsonPointer source) {
    JsonNode existing = parent.get(key);
    ObjectNode child = existing instanceof ObjectNode o ? o : parent.putObject(key);
    record(at.append(key), source);
    return child;
  }

  void put(ObjectNode parent, JsonPointer at, String key, JsonNode value, JsonPointer source) {
    parent.set(key, value);
    record(at.append(key), source);
  }

  void put(ObjectNode parent, JsonPointer at, String key, String value, JsonPointer source) {
    put(parent, at, key, NODES.textNode(value), source);
  }

  ArrayNode array(Iterable<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /** A further GAL node the generated one is derived from, listed after its first source. */
  void alsoFrom(JsonPointer generated, JsonPointer source) {
    if (source != null) {
      sourceMap.add(generated, source);
    }
  }

  void record(JsonPointer generated, JsonPointer source) {
    if (source != null) {
      sourceMap.put(generated, source);
    }
  }
}
