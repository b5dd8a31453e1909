package dev.gal.engine;

import dev.gal.rule.Finding;
import dev.gal.rule.Severity;
import dev.gal.suppress.Suppressor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gives each finding the severity the user chose for its rule, and drops those of rules switched off. */
final class SeverityStage implements Stage {
  private final RuleSettings settings;

  SeverityStage(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "severity";
  }

  @Override
  public void run(FileLint file) {
    List<Suppressor.Located> kept = new ArrayList<>();
    for (Suppressor.Located l : file.located()) {
      apply(l.finding()).ifPresent(f -> kept.add(new Suppressor.Located(f, l.document())));
    }
    file.located().clear();
    file.located().addAll(kept);
  }

  /** The finding with the user's severity, or empty when the user switched its rule off. */
  Optional<Finding> apply(Finding finding) {
    if (settings.disabled(finding.rule())) {
      return Optional.empty();
    }
    Severity severity = settings.severityOf(finding.rule());
    return Optional.of(severity == finding.severity() ? finding : finding.withSeverity(severity));
  }
}
