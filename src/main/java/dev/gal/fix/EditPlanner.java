package dev.gal.fix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.NodeLocation;
import dev.gal.model.SourceRange;
import dev.gal.model.SourceText;
import dev.gal.model.TextEdit;
import dev.gal.rule.Fix;
import dev.gal.rule.FixChange;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the text edits that make a fix's changes, from the positions of the
 * document's keys and values. Every byte outside the edits stays as written.
 * A change it cannot make exactly (text shared through an alias, a block
 * scalar, a key the mapping already has, a layout it does not know) makes
 * the whole fix unlocatable: no fix is better than a wrong one.
 */
public final class EditPlanner {
  private final Document document;
  private final SourceText source;
  private final String text;
  private final boolean json;

  private EditPlanner(Document document) {
    this.document = document;
    this.source = document.source();
    this.text = source.text();
    this.json = source.displayPath().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /** The fix with its edits, or empty when some change cannot be located. */
  public static Optional<Fix> locate(Document document, Fix fix) {
    EditPlanner planner = new EditPlanner(document);
    List<TextEdit> edits = new ArrayList<>();
    for (FixChange change : fix.changes()) {
      Optional<TextEdit> edit = planner.edit(change);
      if (edit.isEmpty() || edits.stream().anyMatch(edit.get()::touches)) {
        return Optional.empty();
      }
      edits.add(edit.get());
    }
    return edits.isEmpty() ? Optional.empty() : Optional.of(fix.locatedAs(edits.stream().sorted().toList()));
  }

  private Optional<TextEdit> edit(FixChange change) {
    if (document.positions().shared(change.pointer()) || document.positions().exact(change.pointer()) == null) {
      return Optional.empty();
    }
    JsonNode node = document.root().at(change.pointer().toString());
    if (change instanceof FixChange.ReplaceValue replace) {
      return node.isValueNode() && replace.value().isValueNode() ? replaceValue(replace) : Optional.empty();
    }
    if (change instanceof FixChange.RenameKey rename) {
      return renameKey(rename);
    }
    if (change instanceof FixChange.AppendItems append) {
      return node.isArray() && !append.items().isEmpty() ? appendItems(append, node) : Optional.empty();
    }
    FixChange.AddMember add = (FixChange.AddMember) change;
    return node.isObject() && !node.has(add.key()) ? addMember(add, node) : Optional.empty();
  }

  private Optional<TextEdit> replaceValue(FixChange.ReplaceValue replace) {
    Span value = span(location(replace.pointer()).value());
    // An empty plain scalar (a null written as nothing) has no text of its own to replace.
    if (value == null || value.text().isEmpty()) {
      return Optional.empty();
    }
    return ScalarStyle.of(value.text()).map(style -> value.replaceWith(style.write(replace.value(), json)));
  }

  private Optional<TextEdit> renameKey(FixChange.RenameKey rename) {
    JsonPointer member = rename.pointer();
    JsonNode parent = document.root().at(member.parent().toString());
    if (member.isRoot() || !parent.isObject() || parent.has(rename.name())) {
      return Optional.empty();
    }
    Span key = span(location(member).key());
    if (key == null) {
      return Optional.empty();
    }
    return ScalarStyle.of(key.text()).map(style -> key.replaceWith(style.write(
        com.fasterxml.jackson.databind.node.TextNode.valueOf(rename.name()), json)));
  }

  private Optional<TextEdit> appendItems(FixChange.AppendItems append, JsonNode list) {
    Span whole = span(location(append.pointer()).value());
    if (whole == null || whole.text().isEmpty()) {
      return Optional.empty();
    }
    JsonPointer last = append.pointer().append(list.size() - 1);
    ScalarStyle style = list.isEmpty() ? ScalarStyle.PLAIN : styleOf(location(last).value()).orElse(ScalarStyle.PLAIN);
    NodeText writer = new NodeText(style, json, source.lineBreak(whole.start()));
    List<String> items = append.items().stream().map(writer::flow).toList();
    if (whole.text().charAt(0) == '[') {
      return flowInsert(whole, list.isEmpty(), list.isEmpty() ? null : location(last), items, ']');
    }
    if (whole.text().charAt(0) != '-') {
      return Optional.empty();
    }
    int indent = whole.column() - 1;
    TextEnd end = subtreeEnd(last, list.get(list.size() - 1));
    if (end.blocked()) {
      return Optional.empty();
    }
    StringBuilder lines = new StringBuilder();
    String lineBreak = source.lineBreak(end.offset());
    for (JsonNode item : append.items()) {
      lines.append(lineBreak).append(" ".repeat(indent)).append("- ").append(writer.blockItem(item, indent + 2));
    }
    int at = source.lineEnd(end.offset());
    return Optional.of(new TextEdit(at, at, lines.toString()));
  }

  private Optional<TextEdit> addMember(FixChange.AddMember add, JsonNode mapping) {
    Span whole = span(location(add.pointer()).value());
    if (whole == null || whole.text().isEmpty()) {
      return Optional.empty();
    }
    // Members a merge key brings in are written where their anchor is: the new member goes after the mapping's own.
    String lastKey = null;
    for (Iterator<String> names = mapping.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!document.positions().shared(add.pointer().append(name))) {
        lastKey = name;
      }
    }
    NodeLocation last = lastKey == null ? null : location(add.pointer().append(lastKey));
    ScalarStyle style = last == null || last.key() == null ? ScalarStyle.PLAIN : styleOf(last.key()).orElse(ScalarStyle.PLAIN);
    NodeText writer = new NodeText(style, json, source.lineBreak(whole.start()));
    if (whole.text().charAt(0) == '{') {
      return flowInsert(whole, mapping.isEmpty(), last, List.of(writer.key(add.key()) + ": " + writer.flow(add.value())), '}');
    }
    if (last == null || last.key() == null) {
      return Optional.empty();
    }
    // A block mapping starts at its first key, which its column gives the indentation of; a tag, an anchor or
    // "? " there would give a wrong one, and text before it on the line other than "- " makes it no block.
    String before = text.substring(source.lineStart(whole.start()), whole.start());
    if ("&!?*{[|>%#".indexOf(whole.text().charAt(0)) >= 0 || !before.matches("[ -]*")) {
      return Optional.empty();
    }
    int indent = whole.column() - 1;
    TextEnd end = subtreeEnd(add.pointer().append(lastKey), mapping.get(lastKey));
    if (end.blocked()) {
      return Optional.empty();
    }
    int at = source.lineEnd(end.offset());
    String member = source.lineBreak(end.offset()) + " ".repeat(indent) + writer.key(add.key()) + ":" + writer.blockValue(add.value(), indent);
    return Optional.of(new TextEdit(at, at, member));
  }

  /**
   * Inserts entries into a flow list or mapping: after the last entry, on a
   * line of their own when the last entry has one (pretty-printed JSON),
   * else on its line; into an empty one, before the closing bracket. With
   * no last entry of its own to follow (only merged members), nothing.
   */
  private Optional<TextEdit> flowInsert(Span whole, boolean empty, NodeLocation last, List<String> entries, char close) {
    if (whole.text().charAt(whole.text().length() - 1) != close) {
      return Optional.empty();
    }
    if (empty) {
      int at = whole.end() - 1;
      return Optional.of(new TextEdit(at, at, String.join(", ", entries)));
    }
    if (last == null) {
      return Optional.empty();
    }
    Span lastEntry = span(last.key() != null ? last.key() : last.value());
    Span lastValue = span(last.value());
    if (lastEntry == null || lastValue == null || lastValue.end() >= whole.end()) {
      return Optional.empty();
    }
    int lineStart = source.lineStart(lastEntry.start());
    boolean ownLine = lineStart > whole.start() && text.substring(lineStart, lastEntry.start()).isBlank();
    String separator = ownLine ? "," + source.lineBreak(lastEntry.start()) + text.substring(lineStart, lastEntry.start()) : ", ";
    StringBuilder inserted = new StringBuilder();
    entries.forEach(entry -> inserted.append(separator).append(entry));
    return Optional.of(new TextEdit(lastValue.end(), lastValue.end(), inserted.toString()));
  }

  /**
   * Where the text of a node ends: the end of its last scalar or flow
   * collection. A block collection's own end mark lies past trailing
   * comments and blank lines, so it is not used. Blocked when a block scalar
   * is inside, whose end is the start of a later line.
   */
  private TextEnd subtreeEnd(JsonPointer pointer, JsonNode node) {
    NodeLocation location = location(pointer);
    Span value = location == null ? null : span(location.value());
    if (value == null) {
      return TextEnd.BLOCKED;
    }
    int end = location.key() != null && span(location.key()) != null ? span(location.key()).end() : value.start();
    boolean flowOrScalar = !node.isContainerNode() || value.text().startsWith("[") || value.text().startsWith("{")
        || value.text().startsWith("*");
    if (flowOrScalar) {
      if (!node.isContainerNode() && ScalarStyle.of(value.text()).isEmpty() && !value.text().startsWith("*")) {
        return TextEnd.BLOCKED;
      }
      return new TextEnd(Math.max(end, value.end()), false);
    }
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        TextEnd child = subtreeEnd(pointer.append(name), node.get(name));
        if (child.blocked()) {
          return child;
        }
        end = Math.max(end, child.offset());
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        TextEnd child = subtreeEnd(pointer.append(i), node.get(i));
        if (child.blocked()) {
          return child;
        }
        end = Math.max(end, child.offset());
      }
    }
    return new TextEnd(end, false);
  }

  private record TextEnd(int offset, boolean blocked) {
    static final TextEnd BLOCKED = new TextEnd(-1, true);
  }

  private Optional<ScalarStyle> styleOf(SourceRange range) {
    Span span = span(range);
    return span == null ? Optional.empty() : ScalarStyle.of(span.text());
  }

  private NodeLocation location(JsonPointer pointer) {
    return document.positions().exact(pointer);
  }

  /** The text of a range, or null when the range is unknown or does not fit the text. */
  private Span span(SourceRange range) {
    if (range == null) {
      return null;
    }
    int start = source.offset(range.start());
    int end = source.offset(range.end());
    return start < 0 || end < start ? null : new Span(range, start, end, text.substring(start, end));
  }

  /** A located range of the text, with its offsets and the text it covers. */
  private record Span(SourceRange range, int start, int end, String text) {
    int column() {
      return range.start().column();
    }

    TextEdit replaceWith(String replacement) {
      return new TextEdit(start, end, replacement);
    }
  }
}
