package dev.gal.cli;

import dev.gal.rule.Severity;
import java.util.Optional;

/** The --fail-on threshold: the least severe finding that makes the run fail. */
enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  NEVER(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }
}
