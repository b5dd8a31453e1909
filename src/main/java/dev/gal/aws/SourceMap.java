package dev.gal.aws;

import dev.gal.model.JsonPointer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * For each node the generator writes, the pointers of the GAL config nodes it
 * came from, the first being the one findings are reported at (a backend URI
 * comes from the host first, then the protocol, port and path). A generated
 * node without an entry is attributed to its nearest ancestor that has one,
 * as positions are. An entry may also name a node the export leaves out
 * because of a setting, such as the security of a route whose authentication
 * is switched off.
 */
public final class SourceMap {
  /** Hashed, not sorted: an export records an entry per generated node, and only --explain needs the order. */
  private final Map<JsonPointer, List<JsonPointer>> sources = new HashMap<>();

  void put(JsonPointer generated, JsonPointer source) {
    List<JsonPointer> list = new ArrayList<>(1);
    list.add(source);
    sources.put(generated, list);
  }

  /** A further source of a node already recorded, or the first one of a node not yet recorded. */
  void add(JsonPointer generated, JsonPointer source) {
    List<JsonPointer> list = sources.computeIfAbsent(generated, g -> new ArrayList<>(1));
    if (!list.contains(source)) {
      list.add(source);
    }
  }

  /** Every entry of {@code other}, its generated pointers moved under {@code prefix}: a document embedded in another. */
  void include(JsonPointer prefix, SourceMap other) {
    other.sources.forEach((generated, list) -> {
      JsonPointer at = prefix;
      for (String segment : generated.segments()) {
        at = at.append(segment);
      }
      sources.put(at, new ArrayList<>(list));
    });
  }

  /** The GAL pointer a generated node came from first. */
  public Optional<JsonPointer> sourceOf(JsonPointer generated) {
    JsonPointer current = generated;
    while (true) {
      List<JsonPointer> found = sources.get(current);
      if (found != null) {
        return Optional.of(found.get(0));
      }
      if (current.isRoot()) {
        return Optional.empty();
      }
      current = current.parent();
    }
  }

  /** Every recorded entry, sorted by generated pointer, each with its sources in order. */
  public Map<JsonPointer, List<JsonPointer>> entries() {
    Map<JsonPointer, List<JsonPointer>> sorted = new TreeMap<>();
    sources.forEach((generated, list) -> sorted.put(generated, List.copyOf(list)));
    return Collections.unmodifiableMap(sorted);
  }
}
