package dev.gal.config;

import dev.gal.rule.OptionMeta;
import dev.gal.rule.RuleMeta;
import dev.gal.model.ClosestMatch;
import java.util.List;
import java.util.Optional;

/**
 * Checks a rule option set in a lint config or with --rule-option against
 * what the rule declares, so that a typo or an out-of-range value is refused
 * instead of being ignored or failing halfway through a lint.
 */
public final class RuleOptionCheck {
  private RuleOptionCheck() {}

  /** Why {@code name=value} is not an option setting the rule accepts, if it is not. */
  public static Optional<String> problem(RuleMeta rule, String name, String value) {
    Optional<OptionMeta> option = rule.option(name);
    if (option.isEmpty()) {
      return Optional.of("%s has no option '%s'%s".formatted(rule.id(), name, knownOptions(rule, name)));
    }
    if (option.get().accepts(value)) {
      return Optional.empty();
    }
    String suggestion = ClosestMatch.among(value, option.get().values()).map(s -> "; did you mean '%s'?".formatted(s)).orElse("");
    return Optional.of("%s.%s is '%s', but it accepts %s%s".formatted(rule.id(), name, value, option.get().accepted(), suggestion));
  }

  private static String knownOptions(RuleMeta rule, String name) {
    List<String> names = rule.options().stream().map(OptionMeta::name).toList();
    if (names.isEmpty()) {
      return "; it has no options";
    }
    return ClosestMatch.among(name, names).map(s -> "; did you mean '%s'?".formatted(s))
        .orElseGet(() -> "; it has " + String.join(", ", names));
  }
}
