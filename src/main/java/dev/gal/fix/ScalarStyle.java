package dev.gal.fix;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a scalar is written: double-quoted, single-quoted or plain. New text
 * takes the style of the text it replaces or stands beside, so a fix keeps
 * the file's quoting.
 */
enum ScalarStyle {
  DOUBLE,
  SINGLE,
  PLAIN;

  /**
   * Plain scalars that stay strings under YAML 1.1 and 1.2 alike and need no
   * quotes in flow or block context: a letter or underscore, then letters,
   * digits and - _ . /, never a word that a YAML loader reads as a bool or null.
   */
  private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");
  private static final Set<String> NOT_STRINGS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

  /** The style of written scalar text; empty for text that no plain edit can restyle (block scalars, tags, anchors, aliases). */
  static Optional<ScalarStyle> of(String written) {
    if (written.isEmpty()) {
      return Optional.of(PLAIN);
    }
    return switch (written.charAt(0)) {
      case '"' -> Optional.of(DOUBLE);
      case '\'' -> Optional.of(SINGLE);
      case '|', '>', '!', '&', '*' -> Optional.empty();
      default -> Optional.of(PLAIN);
    };
  }

  /** The value written in this style; plain falls back to double quotes where plain text would not read back as the same string. */
  String write(JsonNode value, boolean json) {
    if (!value.isTextual()) {
      return value.isNull() ? "null" : value.asText();
    }
    String text = value.textValue();
    return switch (this) {
      case SINGLE -> json ? doubleQuoted(text) : "'" + text.replace("'", "''") + "'";
      case PLAIN -> !json && safePlain(text) ? text : doubleQuoted(text);
      case DOUBLE -> doubleQuoted(text);
    };
  }

  static boolean safePlain(String text) {
    return SAFE_PLAIN.matcher(text).matches() && !NOT_STRINGS.contains(text.toLowerCase(Locale.ROOT));
  }

  /** A JSON string, which YAML reads as the same double-quoted scalar. */
  static String doubleQuoted(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
