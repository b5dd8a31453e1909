package dev.gal.load;

import dev.gal.model.SourcePosition;

/** Line and code-point column of a character offset, with line breaks counted as in SourceText. */
final class TextPositions {
  private TextPositions() {}

  static SourcePosition at(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePosition(line, text.codePointCount(lineStart, offset) + 1);
  }
}
