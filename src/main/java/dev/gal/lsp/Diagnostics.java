package dev.gal.lsp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.rule.Finding;
import dev.gal.rule.Severity;

/** Findings as LSP diagnostics: the rule id as code, its docs as codeDescription, gal as source. */
final class Diagnostics {
  static final String SOURCE = "gal";
  /** The code of a problem that stops gal from linting the document at all. */
  static final String NOT_LINTED = "gal-not-linted";

  private Diagnostics() {}

  static ArrayNode of(Linted linted) {
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    for (String problem : linted.problems()) {
      ObjectNode d = all.addObject();
      d.set("range", linted.text().range(0, 0));
      d.put("severity", 1);
      d.put("code", NOT_LINTED);
      d.put("source", SOURCE);
      d.put("message", problem);
    }
    for (Finding finding : linted.findings()) {
      all.add(of(finding, linted.text()));
    }
    return all;
  }

  static ObjectNode of(Finding finding, LspText text) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    d.set("range", text.range(finding.range()));
    d.put("severity", severity(finding.severity()));
    d.put("code", finding.rule().id());
    String reference = finding.rule().reference();
    if (reference != null && !reference.isBlank()) {
      d.putObject("codeDescription").put("href", reference);
    }
    d.put("source", SOURCE);
    d.put("message", finding.message());
    return d;
  }

  /** LSP's DiagnosticSeverity: 1 error, 2 warning, 3 information. */
  static int severity(Severity severity) {
    return switch (severity) {
      case ERROR -> 1;
      case WARNING -> 2;
      case INFO -> 3;
    };
  }
}
