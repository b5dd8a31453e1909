package dev.gal.model;

/** The decoded text of one input file, kept for code frames in reports. */
public final class SourceText {
  private final String displayPath;
  private final String text;
  private int[] lineStarts;
  private final java.util.Map<String, Boolean> wordsHeld = new java.util.concurrent.ConcurrentHashMap<>();
  // Racy caches of immutable values, as in JsonPointer: a thread that sees null computes an equal one.
  private Boolean charEscapes;

  public SourceText(String displayPath, String text) {
    this.displayPath = displayPath;
    this.text = text;
  }

  /** The path as the user named it, with forward slashes. */
  public String displayPath() {
    return displayPath;
  }

  public String text() {
    return text;
  }

  /**
   * Whether a tree parsed from this text may hold {@code word} (ASCII letters, digits, '$', '-' or '_') as a key
   * or a string: the text has it as written, or has an escape that could spell it, which is \\u in JSON and
   * \\x, \\u, \\U or an escaped line break in YAML's double quotes. A walk over every node of a large
   * document in search of one key costs a tenth of a second or more; it is wasted when the text cannot hold it.
   */
  public boolean mayHold(String word) {
    // Once per word: every document of a multi-document file asks about the same text.
    return wordsHeld.computeIfAbsent(word, text::contains) || hasCharEscapes();
  }

  private boolean hasCharEscapes() {
    Boolean known = charEscapes;
    if (known == null) {
      known = false;
      // An escaped backslash is skipped whole, so that the u of \\u is not taken for an escape.
      for (int at = text.indexOf('\\'); at >= 0 && at + 1 < text.length(); at = text.indexOf('\\', at + 2)) {
        char next = text.charAt(at + 1);
        if (next == 'u' || next == 'x' || next == 'U' || next == '\n' || next == '\r') {
          known = true;
          break;
        }
      }
      charEscapes = known;
    }
    return known;
  }

  /** The 1-based line, without its terminator, or "" past the end. */
  public String line(int number) {
    // One line out of the line starts: splitting a large file into a list of lines costs a copy of the whole text.
    int[] starts = lineStarts();
    if (number < 1 || number > starts.length) {
      return "";
    }
    int start = starts[number - 1];
    return text.substring(start, lineEnd(start));
  }

  /** The char offset of a position, or -1 when the text has no such line or column. */
  public int offset(SourcePosition position) {
    int[] starts = lineStarts();
    if (position.line() > starts.length) {
      return -1;
    }
    int start = starts[position.line() - 1];
    int lineEnd = lineEnd(start);
    if (text.codePointCount(start, lineEnd) < position.column() - 1) {
      return -1;
    }
    return text.offsetByCodePoints(start, position.column() - 1);
  }

  /** The position of a char offset, with line breaks counted as {@link #line(int)} does. */
  public SourcePosition position(int offset) {
    int line = lineIndex(offset);
    return new SourcePosition(line + 1, text.codePointCount(lineStarts()[line], offset) + 1);
  }

  /** The 0-based line holding {@code offset}. */
  private int lineIndex(int offset) {
    int index = java.util.Arrays.binarySearch(lineStarts(), offset);
    return index >= 0 ? index : -index - 2;
  }

  /** The offset where the line holding {@code offset} ends, before its line break. */
  public int lineEnd(int offset) {
    // From the line starts, not a scan: a minified file is one line, and each code frame or fingerprint asks for it.
    if (offset >= text.length()) {
      return offset;
    }
    int[] starts = lineStarts();
    int line = lineIndex(offset);
    if (line + 1 >= starts.length) {
      return text.length();
    }
    int next = starts[line + 1];
    int end = next >= 2 && text.charAt(next - 1) == '\n' && text.charAt(next - 2) == '\r' ? next - 2 : next - 1;
    // An offset on the \n of a \r\n pair is its own line end, as a scan from it would find.
    return Math.max(end, offset);
  }

  /** The offset where the line holding {@code offset} starts. */
  public int lineStart(int offset) {
    return lineStarts()[lineIndex(offset)];
  }

  /** The file's line break as written: that of the line holding {@code offset}, else the first one, else \n. */
  public String lineBreak(int offset) {
    for (int at : new int[] {lineEnd(offset), lineEnd(0)}) {
      if (at < text.length()) {
        return text.startsWith("\r\n", at) ? "\r\n" : text.substring(at, at + 1);
      }
    }
    return "\n";
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int count = 1;
      // String.indexOf scans many chars at a time; a loop over charAt took most of a second on a 49 MB document.
      int lf = text.indexOf('\n');
      int cr = text.indexOf('\r');
      while (lf >= 0 || cr >= 0) {
        int end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
        if (end == cr && lf == cr + 1) {
          end = lf;
        }
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = end + 1;
        if (lf >= 0 && lf <= end) {
          lf = text.indexOf('\n', end + 1);
        }
        if (cr >= 0 && cr <= end) {
          cr = text.indexOf('\r', end + 1);
        }
      }
      lineStarts = java.util.Arrays.copyOf(starts, count);
    }
    return lineStarts;
  }
}
