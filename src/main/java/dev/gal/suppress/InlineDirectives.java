package dev.gal.suppress;

import dev.gal.model.SourcePosition;
import dev.gal.model.SourceRange;
import dev.gal.model.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppression comments, as ESLint writes them:
 * '# gal-lint-disable-next-line ID[, ID] -- reason' on its own line,
 * '# gal-lint-disable-line ID -- reason' (or '# gal-lint-disable ID -- reason')
 * at the end of a line, and '# gal-lint-disable ID -- reason' ...
 * '# gal-lint-enable ID' on lines of their own around a block.
 */
public final class InlineDirectives {
  private static final String MARKER = "gal-lint-";
  private static final Pattern COMMENT = Pattern.compile(
      "(?:^|\\s)#\\s*gal-lint-(disable-next-line|disable-line|disable|enable)\\b([^#]*?)(?:\\s--\\s*([^#]*))?(?:\\s#.*)?$");

  private InlineDirectives() {}

  public static List<Directive> parse(SourceText source) {
    List<Directive> directives = new ArrayList<>();
    // Most files, and every generated or large JSON document, hold no directive; splitting and
    // matching every line of them took a fifth of the time on an 11 MB document.
    if (!source.text().contains(MARKER)) {
      return directives;
    }
    Map<String, Open> open = new HashMap<>();
    String[] lines = source.text().split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      if (!lines[i].contains(MARKER)) {
        continue;
      }
      Matcher m = COMMENT.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      String kind = m.group(1);
      boolean trailing = !lines[i].substring(0, m.start()).isBlank();
      if (trailing && kind.equals("disable")) {
        kind = "disable-line";
      }
      List<String> rules = ids(m.group(2));
      String reason = m.group(3) == null ? "" : m.group(3).trim();
      SourceRange at = SourceRange.at(new SourcePosition(line, lines[i].indexOf('#', m.start()) + 1));
      switch (kind) {
        case "disable-next-line" -> directives.add(new Directive(rules, line + 1, line + 1, reason, at, null, 0));
        case "disable-line" -> directives.add(new Directive(rules, line, line, reason, at, null, 0));
        case "disable" -> open.put(String.join(",", rules), new Open(rules, line, reason, at));
        default -> {
          Open started = open.remove(String.join(",", rules));
          if (started != null) {
            directives.add(new Directive(started.rules(), started.line(), line, started.reason(), started.at(), null, 0));
          }
        }
      }
    }
    open.values().stream().sorted(java.util.Comparator.comparingInt(Open::line))
        .forEach(o -> directives.add(new Directive(o.rules(), o.line(), Integer.MAX_VALUE, o.reason(), o.at(), null, 0)));
    return directives;
  }

  private static List<String> ids(String text) {
    return Arrays.stream(text.trim().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  private record Open(List<String> rules, int line, String reason, SourceRange at) {}
}
