package dev.gal.lsp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the cursor is in a block-style YAML config, read from indentation
 * alone, since the text being typed seldom parses: the keys from the root to
 * the mapping the cursor's line is in ("[]" for a list item), and whether the
 * cursor is on a key or after one, in its value.
 */
final class YamlCursor {
  /** A line: its indentation, the "- " list markers, and a key when it has one. */
  private static final Pattern LINE = Pattern.compile("^( *)((?:- +)*)(?:([^\\s#:'\"{}\\[\\],&*!|>%@`][^:#]*?|\"[^\"]*\"|'[^']*'):(?:\\s|$))?");

  /** What the cursor is on. {@code key} is the key of its line, or null; {@code prefix} the word typed before the cursor. */
  record Place(List<String> parents, String key, boolean inValue, boolean onKey, String prefix) {
    /** The path of the value the cursor's key names. */
    List<String> keyPath() {
      List<String> path = new ArrayList<>(parents);
      path.add(key);
      return path;
    }
  }

  private YamlCursor() {}

  /** The place at a 0-based line and UTF-16 column of the text's lines. */
  static Place at(List<String> lines, int line, int character) {
    String current = line < lines.size() ? lines.get(line) : "";
    int column = Math.min(character, current.length());
    Matcher m = LINE.matcher(current);
    m.find();
    int indent = m.group(1).length();
    String dashes = m.group(2);
    int keyColumn = indent + dashes.length();
    String key = m.group(3) == null ? null : unquote(m.group(3).trim());
    List<String> parents = parents(lines, line, dashes.isEmpty() ? keyColumn : indent);
    // Each "- " on the cursor's line opens one list item.
    for (int i = 0; i < dashes.chars().filter(c -> c == '-').count(); i++) {
      parents.add(SchemaLookup.ITEM);
    }
    boolean onKey = key != null && column >= m.start(3) && column <= m.end(3);
    boolean inValue = key != null && column > m.end(3);
    // A value being typed may have its opening quote already.
    String prefix = inValue ? current.substring(m.end(3) + 1, column).trim().replaceFirst("^[\"']", "")
        : current.substring(Math.min(keyColumn, column), column).trim();
    return new Place(parents, key, inValue, onKey, prefix);
  }

  /** The keys of the mappings that hold a line indented by {@code limit}, read upward from it. */
  private static List<String> parents(List<String> lines, int line, int limit) {
    List<String> reversed = new ArrayList<>();
    int bound = limit;
    for (int i = line - 1; i >= 0 && bound > 0; i--) {
      String text = lines.get(i);
      if (text.isBlank() || text.trim().startsWith("#") || text.trim().equals("---")) {
        continue;
      }
      Matcher m = LINE.matcher(text);
      m.find();
      int indent = m.group(1).length();
      String dashes = m.group(2);
      int keyColumn = indent + dashes.length();
      if (m.group(3) != null && keyColumn < bound) {
        reversed.add(unquote(m.group(3).trim()));
        bound = keyColumn;
      }
      // The markers of "- - key:", innermost first: each one that starts left of the bound is an enclosing item.
      List<Integer> markers = new ArrayList<>();
      for (int at = indent; at < keyColumn; at++) {
        if (text.charAt(at) == '-') {
          markers.add(at);
        }
      }
      Collections.reverse(markers);
      for (int marker : markers) {
        if (marker < bound) {
          reversed.add(SchemaLookup.ITEM);
          bound = marker;
        }
      }
      if (m.group(3) == null && dashes.isEmpty() && indent < bound) {
        // A line that is neither key nor item, less indented: a scalar continuation or worse; nothing to follow.
        bound = indent;
      }
    }
    Collections.reverse(reversed);
    return reversed;
  }

  private static String unquote(String key) {
    if (key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"))) {
      return key.substring(1, key.length() - 1);
    }
    return key;
  }
}
