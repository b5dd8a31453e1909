package dev.gal.rule;

/** A check. Implementations are stateless and annotated with {@link RuleInfo}. */
public interface Rule {
  default RuleMeta meta() {
    return RuleMeta.of(getClass());
  }
}
