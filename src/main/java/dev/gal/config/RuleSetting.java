package dev.gal.config;

import dev.gal.model.SourcePosition;
import java.util.Map;
import java.util.Optional;

/**
 * What one lint config says about one rule: a severity (off, info, warning,
 * error) and options, with where it was said (the rule's key, and each
 * option's value), for --print-config and errors.
 */
public record RuleSetting(String ruleRef, Optional<String> severity, Map<String, String> options, String origin,
    SourcePosition position, Map<String, SourcePosition> optionPositions) {
  /** Where an option's value is written. */
  public SourcePosition positionOf(String option) {
    return optionPositions.getOrDefault(option, position);
  }
}
