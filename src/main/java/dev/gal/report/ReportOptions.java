package dev.gal.report;

import java.nio.file.Path;

/**
 * How a report is written. {@code baseDir} is what SARIF artifact URIs are
 * relative to (the current directory, or --sarif-root); {@code sarifCategory}
 * names the run for code scanning.
 */
public record ReportOptions(boolean color, boolean quiet, Path baseDir, String sarifCategory) {
  public ReportOptions(boolean color, boolean quiet, Path baseDir) {
    this(color, quiet, baseDir, "gal");
  }
}
