package dev.gal.report;

import java.nio.file.Path;

/**
 * How a report is written. {@code baseDir} is what SARIF artifact URIs are
 * relative to (the current directory, or --sarif-root); {@code sarifCategory}
 * names the run for code scanning; {@code helpLines} adds the docs link under
 * each finding in text.
 */
public record ReportOptions(boolean color, boolean quiet, Path baseDir, String sarifCategory, boolean helpLines) {
  public ReportOptions(boolean color, boolean quiet, Path baseDir, String sarifCategory) {
    this(color, quiet, baseDir, sarifCategory, true);
  }

  public ReportOptions(boolean color, boolean quiet, Path baseDir) {
    this(color, quiet, baseDir, "gal");
  }

  /** The same options without the '= help:' line, for findings that are not lint rules (gal import). */
  public ReportOptions withoutHelpLines() {
    return new ReportOptions(color, quiet, baseDir, sarifCategory, false);
  }
}
