package dev.gal.config;

import dev.gal.rule.RuleMeta;
import dev.gal.schema.SettingsProblems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A lint config's rule settings resolved against the rules of a run: rule
 * names become ids, and each rule reference and option is checked, every
 * problem going to the config's problems with its line and column. This
 * needs the rules the config's packs and plugins add, so it comes after loading.
 */
public final class ConfiguredRules {
  /** Severities and options by rule id; the maps may be added to. */
  public record Resolved(Map<String, String> severities, Map<String, Map<String, String>> options) {}

  private ConfiguredRules() {}

  /**
   * @param unknown what to say of a reference to no rule (with the rule it most likely meant)
   * @param allRulesLoaded false when a rule pack failed to load: a reference
   *     to an unknown rule may then be to one of its rules, so it is left for
   *     the run after the pack is fixed
   */
  public static Resolved resolve(LintConfig config, Function<String, Optional<RuleMeta>> rules, Function<String, String> unknown,
      boolean allRulesLoaded, SettingsProblems problems) {
    Map<String, String> severities = new LinkedHashMap<>();
    Map<String, Map<String, String>> options = new LinkedHashMap<>();
    for (RuleSetting setting : config.rules().values()) {
      Optional<RuleMeta> rule = rules.apply(setting.ruleRef());
      if (rule.isEmpty()) {
        if (allRulesLoaded) {
          problems.add(setting.origin(), setting.position(), unknown.apply(setting.ruleRef()));
        }
        continue;
      }
      String id = rule.get().id();
      setting.severity().ifPresent(severity -> severities.put(id, severity));
      setting.options().forEach((name, value) -> RuleOptionCheck.problem(rule.get(), name, value).ifPresentOrElse(
          problem -> problems.add(setting.origin(), setting.positionOf(name), problem),
          () -> options.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(name, value)));
    }
    for (IgnoreEntry ignore : config.ignores()) {
      ignore.rules().stream().filter(ref -> allRulesLoaded && rules.apply(ref).isEmpty())
          .forEach(ref -> problems.add(ignore.origin(), "ignore: " + unknown.apply(ref)));
    }
    return new Resolved(severities, options);
  }
}
