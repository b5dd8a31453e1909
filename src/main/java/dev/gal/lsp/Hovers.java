package dev.gal.lsp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import java.util.List;

/**
 * What hovering shows: on a finding, its rule id, message, the rule's
 * explanation and its AWS source; elsewhere on a key of a GAL config, what the
 * schema says that key is.
 */
final class Hovers {
  private final SchemaLookup schema;

  Hovers(SchemaLookup schema) {
    this.schema = schema;
  }

  /** The hover at a 0-based line and UTF-16 column, or null for none. */
  ObjectNode at(Linted linted, LspText text, boolean galConfig, int line, int character) {
    int offset = text.offset(line, character);
    List<Finding> findings = FindingsAt.offset(linted, offset);
    StringBuilder markdown = new StringBuilder();
    for (Finding finding : findings) {
      if (!markdown.isEmpty()) {
        markdown.append("\n\n---\n\n");
      }
      markdown.append(explain(finding));
    }
    if (markdown.isEmpty() && galConfig) {
      YamlCursor.Place place = YamlCursor.at(text.source().text().lines().toList(), line, character);
      if (place.onKey()) {
        markdown.append(schema.description(place.keyPath()));
      }
    }
    if (markdown.isEmpty()) {
      return null;
    }
    ObjectNode hover = JsonNodeFactory.instance.objectNode();
    hover.putObject("contents").put("kind", "markdown").put("value", markdown.toString());
    return hover;
  }

  static String explain(Finding finding) {
    RuleMeta rule = finding.rule();
    StringBuilder md = new StringBuilder();
    md.append("**").append(rule.id()).append("** (").append(finding.severity().label()).append(", ").append(rule.name())
        .append("): ").append(finding.message()).append("\n\n");
    if (rule.description() != null && !rule.description().isBlank()) {
      md.append(rule.description()).append("\n\n");
    }
    if (rule.reference() != null && !rule.reference().isBlank()) {
      md.append("Source: ").append(rule.reference());
      if (!rule.quote().isBlank()) {
        md.append("\n\n> ").append(rule.quote().replace("\n", "\n> "));
      }
    }
    return md.toString().strip();
  }
}
