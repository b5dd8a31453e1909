package dev.gal.engine;

import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.NodeLocation;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.RuleOptions;
import java.util.List;

/** Turns a rule's pointer reports into located findings for one document. */
final class DocumentRuleContext implements RuleContext {
  private final Document document;
  private final RuleMeta rule;
  private final RuleOptions options;
  private final List<Finding> sink;

  DocumentRuleContext(Document document, RuleMeta rule, RuleOptions options, List<Finding> sink) {
    this.document = document;
    this.rule = rule;
    this.options = options;
    this.sink = sink;
  }

  @Override
  public RuleOptions options() {
    return options;
  }

  /**
   * Reports at the value; for a mapping or list, at its key instead, since a
   * block value starts on the line below the key a user would look at.
   */
  @Override
  public void report(JsonPointer pointer, String message) {
    NodeLocation location = document.positions().locate(pointer);
    boolean container = document.root().at(pointer.toString()).isContainerNode();
    sink.add(Finding.of(rule, message, container ? location.keyOrValue() : location.value(), pointer));
  }

  @Override
  public void reportKey(JsonPointer pointer, String message) {
    NodeLocation location = document.positions().locate(pointer);
    sink.add(Finding.of(rule, message, location.keyOrValue(), pointer));
  }
}
