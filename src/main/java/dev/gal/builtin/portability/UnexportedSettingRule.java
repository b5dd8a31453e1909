package dev.gal.builtin.portability;

import dev.gal.model.GalConfig;
import dev.gal.model.Node;
import dev.gal.rule.ExportTarget;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;

/**
 * Reports each setting that UnexportedSettings assigns to this rule, where the
 * config sets it to a value the export does not honour, with the reason the
 * list gives, unless the export target the rule runs for carries it.
 */
abstract class UnexportedSettingRule implements GalConfigRule {
  private final String id = RuleMeta.of(getClass()).id();
  private final String verdict;

  /** @param verdict what the finding says of the key, e.g. "is not exported" */
  UnexportedSettingRule(String verdict) {
    this.verdict = verdict;
  }

  @Override
  public void check(GalConfig config, RuleContext context) {
    ExportTarget target = ExportTarget.of(context);
    for (UnexportedSettings.Setting setting : UnexportedSettings.reportedBy(id)) {
      if (setting.carriedBy().contains(target)) {
        continue;
      }
      for (Node node : SettingPaths.find(config.root(), setting.path())) {
        if (!setting.honoured().test(node.value(), config)) {
          context.reportKey(node.pointer(), "%s %s: %s".formatted(node.pointer().lastSegment(), verdict, setting.reason()));
        }
      }
    }
  }
}
