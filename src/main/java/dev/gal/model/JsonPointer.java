package dev.gal.model;

import java.util.Arrays;
import java.util.List;

/**
 * An RFC 6901 JSON pointer; the address every stage uses to name a node.
 * A pointer links to its parent, so that appending a segment costs one small
 * object: walks over large documents append once per node. The string form
 * and the segment list are built on first use.
 */
public final class JsonPointer implements Comparable<JsonPointer> {
  private static final JsonPointer ROOT = new JsonPointer(null, null);

  private final JsonPointer parent;
  private final String segment;
  private final int depth;
  // Racy caches of immutable values: a thread that sees null builds an equal value.
  private String text;
  private List<String> segments;

  private JsonPointer(JsonPointer parent, String segment) {
    this.parent = parent;
    this.segment = segment;
    this.depth = parent == null ? 0 : parent.depth + 1;
    if (parent == null) {
      text = "";
      segments = List.of();
    }
  }

  private static String escape(String segment) {
    return segment.indexOf('~') < 0 && segment.indexOf('/') < 0 ? segment : segment.replace("~", "~0").replace("/", "~1");
  }

  public static JsonPointer root() {
    return ROOT;
  }

  /** Parses the string form; an empty string is the root. */
  public static JsonPointer parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("JSON pointer must start with '/': " + text);
    }
    JsonPointer p = ROOT;
    for (String raw : text.substring(1).split("/", -1)) {
      p = p.append(raw.replace("~1", "/").replace("~0", "~"));
    }
    return p;
  }

  public static JsonPointer of(Object... segments) {
    JsonPointer p = ROOT;
    for (Object s : segments) {
      p = p.append(String.valueOf(s));
    }
    return p;
  }

  public JsonPointer append(String segment) {
    return new JsonPointer(this, segment);
  }

  public JsonPointer append(int index) {
    return append(Integer.toString(index));
  }

  public boolean isRoot() {
    return depth == 0;
  }

  public JsonPointer parent() {
    return isRoot() ? this : parent;
  }

  public String lastSegment() {
    return isRoot() ? "" : segment;
  }

  public List<String> segments() {
    List<String> built = segments;
    if (built == null) {
      String[] parts = new String[depth];
      JsonPointer p = this;
      for (int i = depth - 1; i >= 0; i--, p = p.parent) {
        parts[i] = p.segment;
      }
      built = List.copyOf(Arrays.asList(parts));
      segments = built;
    }
    return built;
  }

  public int depth() {
    return depth;
  }

  @Override
  public int compareTo(JsonPointer o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonPointer other && other.depth == depth && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  @Override
  public String toString() {
    String built = text;
    if (built == null) {
      StringBuilder sb = new StringBuilder();
      for (String s : segments()) {
        sb.append('/').append(escape(s));
      }
      built = sb.toString();
      text = built;
    }
    return built;
  }
}
