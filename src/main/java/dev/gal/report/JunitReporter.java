package dev.gal.report;

import dev.gal.engine.FileReport;
import dev.gal.engine.LintReport;
import dev.gal.engine.ToolNotice;
import dev.gal.rule.Finding;
import dev.gal.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JUnit XML for CI systems that show test reports: one test suite per file,
 * one test case per finding (a failure for errors and warnings, skipped for
 * info), a passing test case for a file without findings, and an erroring
 * test case for each path that could not be linted.
 */
final class JunitReporter implements Reporter {
  @Override
  public void write(LintReport report, ReportOptions options, Writer out) throws IOException {
    long failures = report.files().stream().flatMap(f -> f.findings().stream()).filter(f -> f.severity() != Severity.INFO).count();
    List<ToolNotice> runProblems = report.notices().stream().filter(n -> n.level() == ToolNotice.Level.ERROR).toList();
    long tests = report.files().stream().mapToLong(f -> Math.max(1, f.findings().size())).sum() + runProblems.size();
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"gal lint\" tests=\"%d\" failures=\"%d\" errors=\"%d\">\n".formatted(
        tests, failures, runProblems.size()));
    // A path gal could not lint is a test that could not run: an error, never a silent pass.
    for (ToolNotice problem : runProblems) {
      out.write("  <testsuite name=\"%s\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n".formatted(xml(problem.path())));
      out.write("    <testcase classname=\"%s\" name=\"gal lint %s\">\n".formatted(xml(problem.path()), xml(problem.path())));
      out.write("      <error type=\"run problem\" message=\"%s\">%s: %s</error>\n".formatted(
          xml(problem.message()), xml(problem.path()), xml(problem.message())));
      out.write("    </testcase>\n  </testsuite>\n");
    }
    for (FileReport file : report.files()) {
      long fileFailures = file.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
      long skipped = file.findings().size() - fileFailures;
      out.write("  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\">\n".formatted(
          xml(file.displayPath()), Math.max(1, file.findings().size()), fileFailures, skipped));
      if (file.findings().isEmpty()) {
        out.write("    <testcase classname=\"%s\" name=\"no findings\"/>\n".formatted(xml(file.displayPath())));
      }
      for (Finding f : file.findings()) {
        String name = "%s %s:%d:%d".formatted(f.rule().id(), file.displayPath(), f.range().start().line(), f.range().start().column());
        out.write("    <testcase classname=\"%s\" name=\"%s\">\n".formatted(xml(file.displayPath()), xml(name)));
        if (f.severity() == Severity.INFO) {
          out.write("      <skipped message=\"%s\"/>\n".formatted(xml(f.message())));
        } else {
          out.write("      <failure type=\"%s\" message=\"%s\">%s %s at %s:%d:%d&#10;%s</failure>\n".formatted(
              f.severity().label(), xml(f.message()), f.severity().label(), f.rule().id(), xml(file.displayPath()),
              f.range().start().line(), f.range().start().column(), xml(f.rule().reference())));
        }
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
    out.flush();
  }

  /** Escapes text for XML and drops the control characters XML 1.0 cannot hold. */
  static String xml(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            sb.append(c);
          } else {
            sb.append("\\u%04x".formatted((int) c));
          }
        }
      }
    }
    return sb.toString();
  }
}
