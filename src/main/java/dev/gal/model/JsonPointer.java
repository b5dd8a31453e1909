package dev.gal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An RFC 6901 JSON pointer; the address every stage uses to name a node. */
public final class JsonPointer implements Comparable<JsonPointer> {
  private static final JsonPointer ROOT = new JsonPointer(List.of());

  private final List<String> segments;
  private final String text;

  private JsonPointer(List<String> segments) {
    this.segments = segments;
    StringBuilder sb = new StringBuilder();
    for (String s : segments) {
      sb.append('/').append(escape(s));
    }
    this.text = sb.toString();
  }

  /** A child pointer: the parent's text is reused, not rebuilt, since loading makes one per node. */
  private JsonPointer(List<String> segments, String text) {
    this.segments = segments;
    this.text = text;
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
    List<String> parts = new ArrayList<>();
    for (String raw : text.substring(1).split("/", -1)) {
      parts.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return new JsonPointer(Collections.unmodifiableList(parts));
  }

  public static JsonPointer of(Object... segments) {
    JsonPointer p = ROOT;
    for (Object s : segments) {
      p = p.append(String.valueOf(s));
    }
    return p;
  }

  public JsonPointer append(String segment) {
    List<String> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(segment);
    return new JsonPointer(Collections.unmodifiableList(next), text + "/" + escape(segment));
  }

  public JsonPointer append(int index) {
    return append(Integer.toString(index));
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  public JsonPointer parent() {
    if (isRoot()) {
      return this;
    }
    return new JsonPointer(segments.subList(0, segments.size() - 1));
  }

  public String lastSegment() {
    return isRoot() ? "" : segments.get(segments.size() - 1);
  }

  public List<String> segments() {
    return segments;
  }

  public int depth() {
    return segments.size();
  }

  @Override
  public int compareTo(JsonPointer o) {
    return text.compareTo(o.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonPointer other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
