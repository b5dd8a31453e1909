package dev.gal.load;

import dev.gal.model.SourcePosition;

/**
 * Turns offsets of a text into lines and columns, walking forward: \n, \r and \r\n end a line, as for Jackson,
 * and columns count code points, as everywhere in gal, where Jackson counts chars. A JSON load asks on the tree
 * builder's thread, so that the parser's thread only finds the offsets.
 */
final class LineColumns {
  private final String text;
  private int line = 1;
  private int lineStart;
  private int lineCursor;
  /** Low surrogates between the line start and the cursor: chars that are no code point of their own. */
  private int lineSurrogates;

  LineColumns(String text) {
    this.text = text;
  }

  /** The position of an offset; offsets must come in increasing order. */
  SourcePosition at(int offset) {
    while (lineCursor < offset) {
      char c = text.charAt(lineCursor++);
      if (c == '\n') {
        line++;
        lineStart = lineCursor;
        lineSurrogates = 0;
      } else if (c == '\r') {
        if (lineCursor < text.length() && text.charAt(lineCursor) == '\n') {
          lineCursor++;
        }
        line++;
        lineStart = lineCursor;
        lineSurrogates = 0;
      } else if (Character.isLowSurrogate(c) && lineCursor >= 2 && Character.isHighSurrogate(text.charAt(lineCursor - 2))) {
        lineSurrogates++;
      }
    }
    return new SourcePosition(line, offset - lineStart - lineSurrogates + 1);
  }
}
