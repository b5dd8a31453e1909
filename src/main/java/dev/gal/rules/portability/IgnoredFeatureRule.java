package dev.gal.rules.portability;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.GalService;
import dev.gal.model.Node;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * A GAL feature that the AWS export drops without a word: one finding at each
 * block that switches it on, so that nothing is lost unnoticed.
 */
abstract class IgnoredFeatureRule implements GalConfigRule {
  /** Where the feature's blocks live. */
  enum Scope {
    ROUTE,
    SERVICE,
    UPSTREAM
  }

  private final Scope scope;
  private final List<String> keys;
  private final String feature;
  private final String alternative;

  IgnoredFeatureRule(Scope scope, List<String> keys, String feature, String alternative) {
    this.scope = scope;
    this.keys = keys;
    this.feature = feature;
    this.alternative = alternative;
  }

  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!applies(config)) {
      return;
    }
    for (Node holder : holders(config)) {
      for (String key : keys) {
        holder.member(key).filter(block -> !block.value().isNull() && isOn(block)).ifPresent(block -> context.reportKey(block.pointer(),
            "%s is ignored by AWS API Gateway and dropped from the export; %s".formatted(feature, alternative)));
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

  private List<Node> holders(GalConfig config) {
    return switch (scope) {
      case ROUTE -> config.routes().stream().map(GalRoute::node).toList();
      case SERVICE -> config.services().stream().map(GalService::node).toList();
      case UPSTREAM -> config.services().stream().map(GalService::upstream).flatMap(Optional::stream).toList();
    };
  }
}
