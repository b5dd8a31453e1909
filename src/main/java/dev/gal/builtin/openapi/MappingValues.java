package dev.gal.builtin.openapi;

import dev.gal.rule.Placeholders;
import java.util.List;

/**
 * The values of parameter mappings (requestParameters, responseParameters, gateway responseParameters): a
 * mapping expression names its source (method.*, integration.*, context.*, stageVariables.*, with or without
 * a leading $), and anything else is a static value, which must be enclosed in single quotes. A value that
 * starts with $ but names no such source, such as $input.params('id'), is a malformed expression, not a static value.
 */
final class MappingValues {
  private static final List<String> SOURCES = List.of("method.", "integration.", "context.", "stageVariables.");

  private MappingValues() {}

  /** Whether the value is a static value without its single quotes: neither an expression nor 'quoted'. */
  static boolean unquotedStatic(String value) {
    boolean quoted = value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
    return !quoted && !value.startsWith("$") && !namesSource(value) && !Placeholders.templated(value);
  }

  /** Whether the value starts with a source and a dot, such as method. or $context. (prefixes: rules ask of every mapping). */
  private static boolean namesSource(String value) {
    int start = value.startsWith("$") ? 1 : 0;
    for (String source : SOURCES) {
      if (value.startsWith(source, start)) {
        return true;
      }
    }
    return false;
  }
}
