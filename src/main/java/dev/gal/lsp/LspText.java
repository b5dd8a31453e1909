package dev.gal.lsp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.SourcePosition;
import dev.gal.model.SourceRange;
import dev.gal.model.SourceText;

/**
 * Positions in one text as LSP counts them: 0-based lines and UTF-16 code
 * units, where gal counts 1-based lines and code points. Line breaks are
 * \n, \r\n and \r, as for both.
 */
final class LspText {
  private final SourceText source;

  LspText(SourceText source) {
    this.source = source;
  }

  LspText(String text) {
    this(new SourceText("", text));
  }

  SourceText source() {
    return source;
  }

  String text() {
    return source.text();
  }

  /** The char offset of a gal position; a position past its line or the text is clamped to the end of either. */
  int offset(SourcePosition position) {
    int exact = source.offset(position);
    if (exact >= 0) {
      return exact;
    }
    int lineStart = source.offset(new SourcePosition(position.line(), 1));
    return lineStart < 0 ? source.text().length() : source.lineEnd(lineStart);
  }

  /** The char offset of an LSP position, clamped to its line and to the text. */
  int offset(int line, int character) {
    int lineStart = source.offset(new SourcePosition(Math.max(line, 0) + 1, 1));
    if (lineStart < 0) {
      return source.text().length();
    }
    return Math.min(lineStart + Math.max(character, 0), source.lineEnd(lineStart));
  }

  ObjectNode position(int offset) {
    SourcePosition at = source.position(Math.min(offset, source.text().length()));
    int lineStart = source.offset(new SourcePosition(at.line(), 1));
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("line", at.line() - 1);
    node.put("character", offset - lineStart);
    return node;
  }

  ObjectNode range(SourceRange range) {
    return range(offset(range.start()), offset(range.end()));
  }

  ObjectNode range(int start, int end) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set("start", position(start));
    node.set("end", position(Math.max(start, end)));
    return node;
  }

  /** The 0-based line of an offset. */
  int line(int offset) {
    return source.position(Math.min(offset, source.text().length())).line() - 1;
  }

  /** The text of a 0-based line, without its line break. */
  String lineText(int line) {
    return source.line(line + 1);
  }
}
