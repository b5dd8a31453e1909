package dev.gal.engine;

import dev.gal.rule.OptionMeta;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.RuleOptions;
import dev.gal.rule.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the user changed about rules for this run, by rule id: option values,
 * and severities, where "off" switches a rule off.
 */
public final class RuleSettings {
  public static final String OFF = "off";
  public static final RuleSettings DEFAULTS = new RuleSettings(Map.of(), Map.of());

  private final Map<String, Map<String, String>> options;
  private final Map<String, String> severities;

  public RuleSettings(Map<String, Map<String, String>> options) {
    this(options, Map.of());
  }

  public RuleSettings(Map<String, Map<String, String>> options, Map<String, String> severities) {
    Map<String, Map<String, String>> copy = new HashMap<>();
    options.forEach((id, values) -> copy.put(id, Map.copyOf(values)));
    this.options = Map.copyOf(copy);
    this.severities = Map.copyOf(severities);
  }

  /** The rule's options: the user's values, else those of the options they are the same as, else the defaults. */
  public RuleOptions optionsFor(RuleMeta rule) {
    Map<String, String> values = new HashMap<>();
    for (OptionMeta option : rule.options()) {
      option.sameAsRule().map(id -> options.getOrDefault(id, Map.of())).flatMap(set -> option.sameAsOption().map(set::get))
          .ifPresent(value -> values.put(option.name(), value));
    }
    values.putAll(options.getOrDefault(rule.id(), Map.of()));
    return new RuleOptions(rule, values);
  }

  /**
   * These settings with one option set for every rule among {@code rules}
   * that declares it, over what the user set: for a fact of the whole run,
   * such as the export target, that the command line states once.
   */
  public RuleSettings withOption(Iterable<RuleMeta> rules, String name, String value) {
    Map<String, Map<String, String>> changed = new HashMap<>(options);
    for (RuleMeta rule : rules) {
      if (rule.option(name).isPresent()) {
        Map<String, String> values = new HashMap<>(changed.getOrDefault(rule.id(), Map.of()));
        values.put(name, value);
        changed.put(rule.id(), values);
      }
    }
    return new RuleSettings(changed, severities);
  }

  public boolean disabled(RuleMeta rule) {
    return OFF.equals(severities.get(rule.id()));
  }

  /** The severity a rule's findings get: the user's, or the rule's default. */
  public Severity severityOf(RuleMeta rule) {
    return Optional.ofNullable(severities.get(rule.id())).filter(s -> !s.equals(OFF))
        .map(s -> Severity.valueOf(s.toUpperCase(Locale.ROOT))).orElse(rule.severity());
  }

  public Map<String, Map<String, String>> options() {
    return options;
  }

  public Map<String, String> severities() {
    return severities;
  }
}
