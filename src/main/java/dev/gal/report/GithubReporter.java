package dev.gal.report;

import dev.gal.engine.FileReport;
import dev.gal.engine.LintReport;
import dev.gal.engine.ToolNotice;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns
 * into annotations on the pull request without SARIF.
 */
final class GithubReporter implements Reporter {
  @Override
  public void write(LintReport report, ReportOptions options, Writer out) throws IOException {
    for (FileReport file : report.files()) {
      for (Finding f : file.findings()) {
        String level = switch (f.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "notice";
        };
        out.write("::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n".formatted(level,
            property(file.displayPath()), f.range().start().line(), f.range().start().column(),
            f.range().end().line(), f.range().end().column(), property(f.rule().id() + " " + f.rule().name()),
            data(f.message())));
      }
    }
    // Run problems (a missing or unreadable path) are annotations too, so a CI log never hides them.
    for (ToolNotice notice : report.notices()) {
      if (notice.level() == ToolNotice.Level.ERROR || notice.level() == ToolNotice.Level.WARNING) {
        out.write("::%s title=gal::%s\n".formatted(notice.level() == ToolNotice.Level.ERROR ? "error" : "warning",
            data(notice.path() + ": " + notice.message())));
      }
    }
    if (!options.quiet()) {
      out.write("gal: %s checked: %s\n".formatted(TextReporter.plural(report.files().size(), "file"),
          TextReporter.counts(report.countsBySeverity())));
    }
    out.flush();
  }

  /** Escapes the message part of a workflow command, as the Actions toolkit does. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, which also may not contain ':' or ','. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
