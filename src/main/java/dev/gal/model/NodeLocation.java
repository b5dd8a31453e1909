package dev.gal.model;

/**
 * Where a node stands in the source: its value, and its key when it is an
 * object member (null for array items and the root).
 */
public record NodeLocation(SourceRange key, SourceRange value) {
  public SourceRange keyOrValue() {
    return key != null ? key : value;
  }
}
