package dev.gal.aws;

import dev.gal.model.JsonPointer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * For each node the generator writes, the pointer of the GAL config node it
 * came from. A generated node without an entry is attributed to its nearest
 * ancestor that has one, as positions are.
 */
public final class SourceMap {
  /** Hashed, not sorted: an export records an entry per generated node, and only --explain needs the order. */
  private final Map<JsonPointer, JsonPointer> sources = new HashMap<>();

  void put(JsonPointer generated, JsonPointer source) {
    sources.put(generated, source);
  }

  /** The GAL pointer a generated node came from. */
  public Optional<JsonPointer> sourceOf(JsonPointer generated) {
    JsonPointer current = generated;
    while (true) {
      JsonPointer source = sources.get(current);
      if (source != null) {
        return Optional.of(source);
      }
      if (current.isRoot()) {
        return Optional.empty();
      }
      current = current.parent();
    }
  }

  /** Every recorded entry, sorted by generated pointer. */
  public Map<JsonPointer, JsonPointer> entries() {
    return Collections.unmodifiableMap(new TreeMap<>(sources));
  }
}
