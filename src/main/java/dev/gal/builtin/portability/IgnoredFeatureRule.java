package dev.gal.builtin.portability;

import dev.gal.model.GalConfig;
import dev.gal.model.Node;
import dev.gal.rule.ExportTarget;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import java.util.Optional;

/**
 * A GAL feature that the AWS export drops: one finding at each block that
 * switches it on, so that nothing is lost unnoticed. The blocks are those
 * UnexportedSettings assigns to the rule. For an export target that carries
 * the block, the finding goes instead to each key inside it that the target
 * still drops; for any other target, the block's finding covers those keys.
 */
abstract class IgnoredFeatureRule implements GalConfigRule {
  private final String id = RuleMeta.of(getClass()).id();
  private final String feature;
  private final String alternative;

  IgnoredFeatureRule(String feature, String alternative) {
    this.feature = feature;
    this.alternative = alternative;
  }

  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!applies(config)) {
      return;
    }
    ExportTarget target = ExportTarget.of(context);
    for (UnexportedSettings.Setting setting : UnexportedSettings.reportedBy(id)) {
      if (setting.carriedBy().contains(target)) {
        continue;
      }
      Optional<UnexportedSettings.Setting> block = UnexportedSettings.enclosing(setting).filter(e -> e.ruleIds().contains(id));
      if (block.isEmpty()) {
        for (Node node : SettingPaths.find(config.root(), setting.path())) {
          if (isOn(node)) {
            context.reportKey(node.pointer(), "%s is ignored by AWS API Gateway and dropped from the export; %s".formatted(feature, alternative));
          }
        }
      } else if (block.get().carriedBy().contains(target)) {
        reportInside(config, context, block.get(), setting, target);
      }
    }
  }

  /** The key inside a block the target carries, in each block that is on, where its value is not honoured. */
  private void reportInside(GalConfig config, RuleContext context, UnexportedSettings.Setting block,
      UnexportedSettings.Setting setting, ExportTarget target) {
    String inside = setting.path().substring(block.path().length());
    for (Node on : SettingPaths.find(config.root(), block.path())) {
      if (!isOn(on)) {
        continue;
      }
      for (Node node : SettingPaths.find(on, inside)) {
        if (!setting.honoured().test(node.value(), config)) {
          context.reportKey(node.pointer(), "%s in %s is not carried by the %s target either: %s".formatted(
              node.pointer().lastSegment(), feature, target.optionValue(), setting.reason()));
        }
      }
    }
  }

  /** A further condition, such as a workaround that makes the feature work after all. */
  boolean applies(GalConfig config) {
    return true;
  }

  /** Whether a present block switches the feature on: a list, or a mapping without enabled: false. */
  boolean isOn(Node block) {
    return !block.value().isObject() || !block.value().path("enabled").isBoolean() || block.value().get("enabled").booleanValue();
  }
}
