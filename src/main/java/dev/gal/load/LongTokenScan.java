package dev.gal.load;

/**
 * A linear pre-scan of YAML text for the longest scalar piece on any one
 * line. SnakeYAML's reader copies its whole look-ahead window each time it
 * reads on, so a token of n characters on one line costs n squared; knowing
 * the longest one lets the loader refuse a string over the limit before the
 * scanner holds it, and size the reader's buffer so that everything else
 * loads in linear time. The scan follows YAML closely enough to find quoted,
 * plain and block scalar text and to tell flow collections apart, and errs
 * towards shorter pieces: a piece it reports is scalar text the parser reads
 * as one token.
 */
final class LongTokenScan {
  /** The longest piece, with the 1-based line and column where it starts. */
  record Longest(int length, int line, int column) {}

  private final String text;
  private int flowDepth;
  private char openQuote;
  private int blockScalarParentIndent = -1;
  private int bestLength;
  private int bestLine;
  private int bestColumn;
  private int lineNumber;
  private int lineStart;

  private LongTokenScan(String text) {
    this.text = text;
  }

  /** What a text of short lines gives: no piece worth a bigger buffer or a limit check. */
  static final Longest NONE = new Longest(0, 0, 0);

  /**
   * The longest piece, or {@link #NONE} when every line is shorter than {@code atLeast}: a piece never spans
   * lines, so then none can reach it. The scan looks at every character and took 0.4 s of a 50 MB file of short
   * lines; finding the line breaks with String.indexOf takes a tenth of that.
   */
  static Longest scan(String text, int atLeast) {
    for (int start = 0; start <= text.length(); ) {
      int end = text.indexOf('\n', start);
      if ((end < 0 ? text.length() : end) - start >= atLeast) {
        return scan(text);
      }
      if (end < 0) {
        return NONE;
      }
      start = end + 1;
    }
    return NONE;
  }

  static Longest scan(String text) {
    LongTokenScan scan = new LongTokenScan(text);
    scan.run();
    return new Longest(scan.bestLength, scan.bestLine, scan.bestColumn);
  }

  private void run() {
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int lineEnd = end < 0 ? text.length() : end;
      int contentEnd = lineEnd > start && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      lineNumber++;
      lineStart = start;
      line(start, contentEnd);
      if (end < 0) {
        return;
      }
      start = end + 1;
    }
  }

  private void line(int from, int end) {
    int indentEnd = from;
    while (indentEnd < end && text.charAt(indentEnd) == ' ') {
      indentEnd++;
    }
    int indent = indentEnd - from;
    if (blockScalarParentIndent >= 0) {
      if (indentEnd == end || indent > blockScalarParentIndent) {
        record(indentEnd, end);
        return;
      }
      blockScalarParentIndent = -1;
    }
    int i = from;
    if (openQuote != 0) {
      i = quoted(from, end, openQuote);
    }
    boolean nodeStart = flowDepth == 0;
    i = Math.max(i, indentEnd);
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '#' && (i == from || isBlank(text.charAt(i - 1)))) {
        return;
      } else if (c == '"' || c == '\'') {
        i = quoted(i + 1, end, c);
        nodeStart = false;
      } else if (flowDepth > 0 || nodeStart) {
        if (c == '[' || c == '{') {
          flowDepth++;
          i++;
        } else if ((c == ']' || c == '}') && flowDepth > 0) {
          flowDepth--;
          i++;
        } else if (c == ',' && flowDepth > 0) {
          i++;
        } else if (flowDepth == 0 && (c == '|' || c == '>')) {
          blockScalarParentIndent = indent;
          return;
        } else if (flowDepth == 0 && (c == '-' || c == '?' || c == ':') && (i + 1 == end || isBlank(text.charAt(i + 1)))) {
          i++;
        } else if (c == '&' || c == '!' || c == '*') {
          i = wordEnd(i, end);
        } else {
          i = plain(i, end);
          nodeStart = flowDepth == 0;
        }
      } else {
        i = plain(i, end);
      }
    }
  }

  /** A quoted scalar's text from {@code from} to its closing quote, or to the end of the line when it goes on. */
  private int quoted(int from, int end, char quote) {
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      if (quote == '"' && c == '\\') {
        i += 2;
      } else if (c == quote && quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
        i += 2;
      } else if (c == quote) {
        record(from, i);
        openQuote = 0;
        return i + 1;
      } else {
        i++;
      }
    }
    record(from, end);
    openQuote = quote;
    return end;
  }

  /** A plain scalar piece: up to ": " (a key), " #" (a comment), the line's end, or in flow also , [ ] { }. */
  private int plain(int from, int end) {
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      boolean next = i + 1 == end || isBlank(text.charAt(i + 1));
      if ((c == ':' && next) || (c == '#' && i > from && isBlank(text.charAt(i - 1)))
          || (flowDepth > 0 && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}'))) {
        break;
      }
      i++;
    }
    int trimmed = i;
    while (trimmed > from && isBlank(text.charAt(trimmed - 1))) {
      trimmed--;
    }
    record(from, trimmed);
    return i < end && text.charAt(i) == ':' ? i + 1 : i;
  }

  private int wordEnd(int from, int end) {
    int i = from;
    while (i < end && !isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private void record(int from, int to) {
    if (to - from > bestLength) {
      bestLength = to - from;
      bestLine = lineNumber;
      bestColumn = from - lineStart + 1;
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
