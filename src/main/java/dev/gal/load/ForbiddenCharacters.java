package dev.gal.load;

import dev.gal.model.SourceRange;
import dev.gal.rule.Finding;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Finds the character that a parser refused as not allowed in the format,
 * such as a raw ESC byte, and reports it where it is. The parsers themselves
 * either lose the position (SnakeYAML reads ahead and reports none) or give
 * the position after the character (Jackson, between tokens).
 */
final class ForbiddenCharacters {
  /** YAML allows the printable characters of its spec; SnakeYAML's own test decides. */
  static final IntPredicate YAML = StreamReader::isPrintable;
  /** JSON allows no control character other than tab, line feed and carriage return, in strings or between tokens. */
  static final IntPredicate JSON = c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r';

  private ForbiddenCharacters() {}

  /**
   * The finding for the first character before {@code end} that {@code allowed}
   * rejects, or empty when there is none there.
   */
  static Optional<Finding> first(String text, int end, IntPredicate allowed, String format, String escapeWhere) {
    int limit = Math.min(end, text.length());
    for (int i = 0; i < limit; i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      if (!allowed.test(c)) {
        return Optional.of(Finding.of(LoadDiagnostics.SYNTAX, "%s is not allowed in %s; delete it, or write it as \\u%04X %s"
            .formatted(describe(c), format, c, escapeWhere), SourceRange.at(TextPositions.at(text, i)), null));
      }
    }
    return Optional.empty();
  }

  /** "control character U+001B (escape)", or "character U+FFFE" for one without a name. */
  private static String describe(int c) {
    String code = "U+%04X".formatted(c);
    String name = Character.getName(c);
    boolean control = Character.getType(c) == Character.CONTROL;
    return (control ? "control character " : "character ") + code
        + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
  }
}
