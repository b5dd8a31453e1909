package dev.gal.rule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The option values one rule runs with: the user's where given, else the declared defaults. */
public final class RuleOptions {
  private final RuleMeta rule;
  private final Map<String, String> overrides;
  private final Map<String, Long> integers = new ConcurrentHashMap<>();

  public RuleOptions(RuleMeta rule, Map<String, String> overrides) {
    this.rule = rule;
    this.overrides = Map.copyOf(overrides);
  }

  /** These options with one value replaced, as for a fact the engine knows better than any default. */
  public RuleOptions with(String name, String value) {
    Map<String, String> values = new java.util.HashMap<>(overrides);
    values.put(name, value);
    return new RuleOptions(rule, values);
  }

  /** Whether the rule declares the option at all. */
  public boolean declares(String name) {
    return rule.option(name).isPresent();
  }

  /** An option's value as text, whatever its type. */
  public String string(String name) {
    String value = overrides.get(name);
    return value != null ? value : declared(name).defaultValue();
  }

  /** An INTEGER option; overrides were checked against the option's declared range when they were set. */
  public long integer(String name) {
    // Checked and parsed once: a rule may ask on every operation of a large document.
    return integers.computeIfAbsent(name, n -> {
      OptionType type = declared(n).type();
      if (type != OptionType.INTEGER) {
        throw new IllegalArgumentException("%s reads its option %s as an integer, but declares it %s"
            .formatted(rule.id(), n, type.label()));
      }
      return Long.parseLong(string(n).trim());
    });
  }

  private OptionMeta declared(String name) {
    return rule.option(name).orElseThrow(() -> new IllegalArgumentException(rule.id() + " declares no option " + name));
  }
}
