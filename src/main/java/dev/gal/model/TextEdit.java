package dev.gal.model;

/**
 * Replaces the characters from {@code start} to {@code end} (exclusive) of a
 * source text with {@code replacement}; offsets count UTF-16 chars of
 * {@link SourceText#text()}, and start == end inserts.
 */
public record TextEdit(int start, int end, String replacement) implements Comparable<TextEdit> {
  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range " + start + ".." + end);
    }
  }

  /**
   * Whether the two edits touch: applied together, their order would matter
   * or one would cut into the other. Edits that only meet at an end count,
   * since an insertion there could go on either side.
   */
  public boolean touches(TextEdit other) {
    return start <= other.end && other.start <= end;
  }

  /** The text with the edits made; they must not touch one another. */
  public static String applyAll(String text, java.util.Collection<TextEdit> edits) {
    java.util.List<TextEdit> sorted = edits.stream().sorted().toList();
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (TextEdit edit : sorted) {
      if (edit.start < at || edit.end > text.length()) {
        throw new IllegalArgumentException("edits overlap or leave the text: " + sorted);
      }
      out.append(text, at, edit.start).append(edit.replacement);
      at = edit.end;
    }
    return out.append(text, at, text.length()).toString();
  }

  @Override
  public int compareTo(TextEdit o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
