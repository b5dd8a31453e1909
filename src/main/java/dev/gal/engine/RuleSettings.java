package dev.gal.engine;

import dev.gal.rule.RuleMeta;
import dev.gal.rule.RuleOptions;
import java.util.HashMap;
import java.util.Map;

/** What the user changed about rules for this run: option values, by rule id. */
public final class RuleSettings {
  public static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

  private final Map<String, Map<String, String>> options;

  public RuleSettings(Map<String, Map<String, String>> options) {
    Map<String, Map<String, String>> copy = new HashMap<>();
    options.forEach((id, values) -> copy.put(id, Map.copyOf(values)));
    this.options = Map.copyOf(copy);
  }

  public RuleOptions optionsFor(RuleMeta rule) {
    return new RuleOptions(rule, options.getOrDefault(rule.id(), Map.of()));
  }
}
