package dev.gal.lsp;

import dev.gal.rule.Finding;
import java.util.List;

/** The findings of a document that lie at a cursor or on the lines of a selection. */
final class FindingsAt {
  private FindingsAt() {}

  /** Findings whose range holds the offset, or that start on its line when they are empty or end on it. */
  static List<Finding> offset(Linted linted, int offset) {
    LspText text = linted.text();
    int line = text.line(offset);
    return linted.findings().stream().filter(f -> {
      int start = text.offset(f.range().start());
      int end = text.offset(f.range().end());
      return start <= offset && offset <= end || start == end && text.line(start) == line;
    }).toList();
  }

  /** Findings on the lines from the start offset's to the end offset's. */
  static List<Finding> lines(Linted linted, int startOffset, int endOffset) {
    LspText text = linted.text();
    int first = text.line(startOffset);
    int last = text.line(endOffset);
    return linted.findings().stream().filter(f -> {
      int start = text.line(text.offset(f.range().start()));
      int end = text.line(text.offset(f.range().end()));
      return start <= last && end >= first;
    }).toList();
  }
}
