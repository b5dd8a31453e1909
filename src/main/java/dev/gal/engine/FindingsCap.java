package dev.gal.engine;

import dev.gal.rule.Category;
import dev.gal.rule.Finding;
import dev.gal.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The per-file limit on findings shown (--max-findings). The cap shortens the
 * output, never the verdict: the most severe findings are shown first, the
 * loader's findings always (they say why a file was cut short), and the rest
 * are kept aside so that the summary and the exit code still count them.
 */
final class FindingsCap {
  /** Severity's declaration order is error, warning, info. */
  private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER);

  /** The findings to show, in position order, and those left out. */
  record Capped(List<Finding> shown, List<Finding> omitted) {}

  private FindingsCap() {}

  static Capped apply(List<Finding> sortedByPosition, int max) {
    if (sortedByPosition.size() <= max) {
      return new Capped(sortedByPosition, List.of());
    }
    List<Finding> bySeverity = new ArrayList<>(sortedByPosition);
    bySeverity.sort(MOST_SEVERE_FIRST);
    List<Finding> shown = new ArrayList<>(bySeverity.subList(0, max));
    List<Finding> omitted = new ArrayList<>();
    for (Finding f : bySeverity.subList(max, bySeverity.size())) {
      (f.rule().category() == Category.LOAD ? shown : omitted).add(f);
    }
    shown.sort(Finding.ORDER);
    omitted.sort(Finding.ORDER);
    return new Capped(List.copyOf(shown), List.copyOf(omitted));
  }

  /** "12 more findings not shown (2 errors, 10 warnings): ...", for the run's notices. */
  static String notice(List<Finding> omitted, int max) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    omitted.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    StringJoiner bySeverity = new StringJoiner(", ");
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      int n = counts.getOrDefault(severity, 0);
      if (n > 0) {
        String name = severity.label();
        bySeverity.add(n + " " + (n == 1 || severity == Severity.INFO ? name : name + "s"));
      }
    }
    return "%d more finding%s not shown (%s): the limit is %d per file (--max-findings); they still count in the summary and the exit code"
        .formatted(omitted.size(), omitted.size() == 1 ? "" : "s", bySeverity, max);
  }
}
