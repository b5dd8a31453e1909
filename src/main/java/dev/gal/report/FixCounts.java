package dev.gal.report;

import dev.gal.engine.FileReport;
import dev.gal.engine.LintReport;
import dev.gal.rule.FixKind;

/** What the summary of a gal lint --fix run says about fixes. */
final class FixCounts {
  private FixCounts() {}

  static int applied(LintReport report) {
    return report.files().stream().filter(f -> f.fixed() != null).mapToInt(f -> f.fixed().applied()).sum();
  }

  /** Findings left whose fix only --unsafe-fixes applies. */
  static long unsafeLeft(LintReport report) {
    return report.files().stream().flatMap(FileReport::allFindings)
        .filter(f -> f.fix() != null && f.rule().fix() == FixKind.UNSAFE).count();
  }

  /** "; 3 fixes applied", and how many more --unsafe-fixes would apply; nothing when the run fixed nothing. */
  static String summary(LintReport report, ReportOptions.FixRun run) {
    if (run == ReportOptions.FixRun.NONE) {
      return "";
    }
    int applied = applied(report);
    long unsafe = run == ReportOptions.FixRun.SAFE ? unsafeLeft(report) : 0;
    return "; %d %s applied%s".formatted(applied, applied == 1 ? "fix" : "fixes",
        unsafe == 0 ? "" : " (%d more with --unsafe-fixes)".formatted(unsafe));
  }
}
