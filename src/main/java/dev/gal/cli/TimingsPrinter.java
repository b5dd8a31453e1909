package dev.gal.cli;

import dev.gal.engine.Timings;
import dev.gal.rule.RuleMeta;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints gal lint --timings on stderr: time per stage, then the slowest rules, as ESLint's TIMING=1 does. */
final class TimingsPrinter {
  private static final int SLOWEST = 10;

  private TimingsPrinter() {}

  static void print(PrintWriter err, Timings timings, List<RuleMeta> rules) {
    err.println("gal: timings, wall clock summed over files (files run in parallel, so stages may add up to more than the run)");
    err.println("  stage                  time");
    timings.stages().forEach((stage, nanos) -> err.printf("  %-20s %9s%n", stage, millis(nanos)));
    List<Map.Entry<String, Long>> slowest = timings.slowestRules(SLOWEST);
    if (slowest.isEmpty()) {
      return;
    }
    err.println("  slowest rules          time  name");
    for (Map.Entry<String, Long> rule : slowest) {
      String name = rules.stream().filter(m -> m.id().equals(rule.getKey())).map(RuleMeta::name).findFirst().orElse("");
      err.printf("  %-20s %9s  %s%n", rule.getKey(), millis(rule.getValue()), name);
    }
  }

  private static String millis(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
  }
}
