package dev.gal.rule;

import dev.gal.model.GalConfig;

/** A rule over a GAL config; runs after the schema stage. */
public interface GalConfigRule extends Rule {
  void check(GalConfig config, RuleContext context);
}
