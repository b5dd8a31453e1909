package dev.gal.engine;

import dev.gal.fix.EditPlanner;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.NodeLocation;
import dev.gal.rule.Finding;
import dev.gal.rule.Fix;
import dev.gal.rule.FixKind;
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
    report(pointer, message, null);
  }

  @Override
  public void reportKey(JsonPointer pointer, String message) {
    reportKey(pointer, message, null);
  }

  @Override
  public void report(JsonPointer pointer, String message, Fix fix) {
    NodeLocation location = document.positions().locate(pointer);
    boolean container = document.root().at(pointer.toString()).isContainerNode();
    sink.add(withFix(Finding.of(rule, message, container ? location.keyOrValue() : location.value(), pointer), fix));
  }

  @Override
  public void reportKey(JsonPointer pointer, String message, Fix fix) {
    NodeLocation location = document.positions().locate(pointer);
    sink.add(withFix(Finding.of(rule, message, location.keyOrValue(), pointer), fix));
  }

  private Finding withFix(Finding finding, Fix fix) {
    if (fix == null) {
      return finding;
    }
    if (rule.fix() == FixKind.NONE) {
      throw new IllegalStateException(rule.id() + " reports a fix but its @RuleInfo declares none");
    }
    return EditPlanner.locate(document, fix).map(finding::withFix).orElse(finding);
  }
}
