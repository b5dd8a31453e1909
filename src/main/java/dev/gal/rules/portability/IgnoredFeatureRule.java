package dev.gal.rules.portability;

import dev.gal.model.GalConfig;
import dev.gal.model.Node;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;

/**
 * A GAL feature that the AWS export drops: one finding at each block that
 * switches it on, so that nothing is lost unnoticed. The blocks are those
 * UnexportedSettings assigns to the rule.
 */
abstract class IgnoredFeatureRule implements GalConfigRule {
  private final String id = getClass().getAnnotation(RuleInfo.class).id();
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
    for (UnexportedSettings.Setting setting : UnexportedSettings.reportedBy(id)) {
      for (Node block : SettingPaths.find(config.root(), setting.path())) {
        if (isOn(block)) {
          context.reportKey(block.pointer(), "%s is ignored by AWS API Gateway and dropped from the export; %s".formatted(feature, alternative));
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
