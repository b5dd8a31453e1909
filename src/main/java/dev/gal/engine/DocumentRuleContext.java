package dev.gal.engine;

import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.NodeLocation;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import java.util.List;

/** Turns a rule's pointer reports into located findings for one document. */
final class DocumentRuleContext implements RuleContext {
  private final Document document;
  private final RuleMeta rule;
  private final List<Finding> sink;

  DocumentRuleContext(Document document, RuleMeta rule, List<Finding> sink) {
    this.document = document;
    this.rule = rule;
    this.sink = sink;
  }

  @Override
  public void report(JsonPointer pointer, String message) {
    sink.add(Finding.of(rule, message, document.positions().locate(pointer).value(), pointer));
  }

  @Override
  public void reportKey(JsonPointer pointer, String message) {
    NodeLocation location = document.positions().locate(pointer);
    sink.add(Finding.of(rule, message, location.keyOrValue(), pointer));
  }
}
