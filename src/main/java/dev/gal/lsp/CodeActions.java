package dev.gal.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.TextEdit;
import dev.gal.rule.Finding;
import dev.gal.rule.FixKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The quick fixes for the findings on the selected lines: each fix gal lint
 * --fix would apply (an unsafe one says so and is never preferred), and for
 * YAML a comment that suppresses the rule on the finding's line, with a reason
 * to fill in.
 */
final class CodeActions {
  static final String QUICK_FIX = "quickfix";
  /** Stands where the user writes why the finding does not apply. */
  static final String REASON_PLACEHOLDER = "TODO: say why this finding does not apply";

  private CodeActions() {}

  static ArrayNode of(String uri, Linted linted, boolean yaml, int startOffset, int endOffset) {
    ArrayNode actions = JsonNodeFactory.instance.arrayNode();
    List<Finding> findings = FindingsAt.lines(linted, startOffset, endOffset);
    for (Finding finding : findings) {
      if (finding.fix() != null && !finding.fix().edits().isEmpty() && finding.rule().fix() != FixKind.NONE) {
        boolean unsafe = finding.rule().fix() == FixKind.UNSAFE;
        String title = "Fix %s: %s%s".formatted(finding.rule().id(), finding.message(),
            unsafe ? " (unsafe fix: changes what the deployed API does)" : "");
        actions.add(action(title, finding, linted, !unsafe, edit(uri, linted.text(), finding.fix().edits())));
      }
    }
    if (yaml) {
      Set<String> suppressed = new LinkedHashSet<>();
      for (Finding finding : findings) {
        int line = linted.text().line(linted.text().offset(finding.range().start()));
        if (suppressed.add(finding.rule().id() + " " + line)) {
          actions.add(action("Suppress %s on this line".formatted(finding.rule().id()), finding, linted, false,
              edit(uri, linted.text(), List.of(suppression(linted.text(), line, finding.rule().id())))));
        }
      }
    }
    return actions;
  }

  /** A disable-next-line comment above the line, indented as it is, in the text's own line break. */
  static TextEdit suppression(LspText text, int line, String ruleId) {
    int lineStart = text.offset(line, 0);
    String lineText = text.lineText(line);
    String indent = lineText.substring(0, lineText.length() - lineText.stripLeading().length());
    String comment = "%s# gal-lint-disable-next-line %s -- %s%s".formatted(indent, ruleId, REASON_PLACEHOLDER,
        text.source().lineBreak(lineStart));
    return new TextEdit(lineStart, lineStart, comment);
  }

  private static ObjectNode action(String title, Finding finding, Linted linted, boolean preferred, JsonNode edit) {
    ObjectNode action = JsonNodeFactory.instance.objectNode();
    action.put("title", title);
    action.put("kind", QUICK_FIX);
    action.putArray("diagnostics").add(Diagnostics.of(finding, linted.text()));
    if (preferred) {
      action.put("isPreferred", true);
    }
    action.set("edit", edit);
    return action;
  }

  private static ObjectNode edit(String uri, LspText text, List<TextEdit> edits) {
    ObjectNode workspaceEdit = JsonNodeFactory.instance.objectNode();
    ArrayNode changes = workspaceEdit.putObject("changes").putArray(uri);
    for (TextEdit edit : edits.stream().sorted().toList()) {
      ObjectNode change = changes.addObject();
      change.set("range", text.range(edit.start(), edit.end()));
      change.put("newText", edit.replacement());
    }
    return workspaceEdit;
  }
}
