package dev.gal.report;

import dev.gal.engine.LintReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a lint report in one output format. */
public interface Reporter {
  void write(LintReport report, ReportOptions options, Writer out) throws IOException;
}
