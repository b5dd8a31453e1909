package dev.gal.model;

/** A span of source text, end exclusive, as SARIF regions expect. */
public record SourceRange(SourcePosition start, SourcePosition end) implements Comparable<SourceRange> {
  public static final SourceRange FILE_START = at(SourcePosition.START);

  public SourceRange {
    if (end.compareTo(start) < 0) {
      end = start;
    }
  }

  public static SourceRange at(SourcePosition position) {
    return new SourceRange(position, position);
  }

  @Override
  public int compareTo(SourceRange o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }
}
