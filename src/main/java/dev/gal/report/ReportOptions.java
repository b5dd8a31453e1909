package dev.gal.report;

import java.nio.file.Path;

/**
 * How a report is written. {@code baseDir} is what SARIF artifact URIs are
 * relative to (the current directory, or --sarif-root); {@code sarifCategory}
 * names the run for code scanning; {@code helpLines} adds the docs link under
 * each finding in text; {@code fixRun} says whether the files were fixed
 * first (gal lint --fix), so that the summary counts the fixes applied.
 */
public record ReportOptions(boolean color, boolean quiet, Path baseDir, String sarifCategory, boolean helpLines, FixRun fixRun) {
  /** Whether the report follows gal lint --fix, and with --unsafe-fixes or not. */
  public enum FixRun {
    NONE,
    SAFE,
    UNSAFE_TOO
  }

  public ReportOptions(boolean color, boolean quiet, Path baseDir, String sarifCategory) {
    this(color, quiet, baseDir, sarifCategory, true, FixRun.NONE);
  }

  public ReportOptions(boolean color, boolean quiet, Path baseDir) {
    this(color, quiet, baseDir, "gal");
  }

  /** The same options without the '= help:' line, for findings that are not lint rules (gal import). */
  public ReportOptions withoutHelpLines() {
    return new ReportOptions(color, quiet, baseDir, sarifCategory, false, fixRun);
  }

  /** The same options for the report of a gal lint --fix run. */
  public ReportOptions after(FixRun run) {
    return new ReportOptions(color, quiet, baseDir, sarifCategory, helpLines, run);
  }
}
