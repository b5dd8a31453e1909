package dev.gal.engine;

import dev.gal.rule.Finding;
import dev.gal.suppress.SuppressedFinding;
import dev.gal.suppress.Suppressor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies inline directives, ignore entries and the baseline. The findings about the suppressions themselves get
 * the user's severities too, since they come after the severity stage.
 */
final class SuppressionsStage implements Stage {
  private final Suppressor suppressor;
  private final RuleRegistry registry;
  private final SeverityStage severities;

  SuppressionsStage(Suppressor suppressor, RuleRegistry registry, SeverityStage severities) {
    this.suppressor = suppressor;
    this.registry = registry;
    this.severities = severities;
  }

  @Override
  public String name() {
    return "suppressions";
  }

  @Override
  public void run(FileLint file) {
    Suppressor.Outcome outcome = suppressor.apply(file.input().path(), file.loaded().source(), file.loaded().documents(),
        file.located(), registry.allMeta());
    List<Finding> active = new ArrayList<>(outcome.active());
    outcome.diagnostics().forEach(d -> severities.apply(d).ifPresent(active::add));
    active.sort(Finding.ORDER);
    file.suppressed(active, outcome.suppressed().stream()
        .sorted(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER)).toList());
  }
}
