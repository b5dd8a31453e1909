package dev.gal.report;

import java.nio.file.Path;

/**
 * How a report is written. {@code baseDir} is what SARIF artifact URIs are
 * relative to (the current directory, or --sarif-root).
 */
public record ReportOptions(boolean color, boolean quiet, Path baseDir) {}
