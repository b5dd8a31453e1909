package dev.gal.report;

import dev.gal.engine.FileReport;
import dev.gal.engine.LintReport;
import dev.gal.model.SourceRange;
import dev.gal.rule.Finding;
import dev.gal.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The format for people: one line per finding as path:line:col, a code frame
 * with a caret under the column, and a summary of counts.
 */
final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final int MAX_FRAME_WIDTH = 160;

  @Override
  public void write(LintReport report, ReportOptions options, Writer out) throws IOException {
    Style style = new Style(options.color());
    boolean first = true;
    for (FileReport file : report.files()) {
      if (file.findings().isEmpty()) {
        continue;
      }
      if (!first) {
        out.write('\n');
      }
      first = false;
      for (Finding finding : file.findings()) {
        writeFinding(file, finding, style, out, options.helpLines());
      }
    }
    if (!options.quiet()) {
      writeSummary(report, style, out, FixCounts.summary(report, options.fixRun()));
    }
    out.flush();
  }

  private static void writeFinding(FileReport file, Finding finding, Style style, Writer out, boolean help) throws IOException {
    SourceRange range = finding.range();
    out.write(style.apply(BOLD, TerminalText.escape(file.displayPath()) + ":" + range.start().line() + ":" + range.start().column() + ":"));
    out.write(' ');
    out.write(style.apply(style.severityColor(finding.severity()), finding.severity().label()));
    out.write(' ');
    out.write(style.apply(DIM, finding.rule().id()));
    out.write(' ');
    out.write(TerminalText.escape(finding.message()));
    out.write('\n');
    writeFrame(file, range, style, out);
    if (!help) {
      return;
    }
    out.write(style.apply(DIM, "       = help: ") + finding.rule().reference() + style.apply(DIM, " (gal rules explain " + finding.rule().id() + ")") + "\n");
  }

  private static void writeFrame(FileReport file, SourceRange range, Style style, Writer out) throws IOException {
    String line = file.source().line(range.start().line());
    if (line.isBlank()) {
      return;
    }
    String shown = TerminalText.escape(line);
    int caretAt = Math.min(range.start().column() - 1, shown.length());
    if (shown.length() > MAX_FRAME_WIDTH) {
      int from = Math.max(0, Math.min(caretAt - MAX_FRAME_WIDTH / 2, shown.length() - MAX_FRAME_WIDTH));
      shown = shown.substring(from, from + MAX_FRAME_WIDTH);
      caretAt -= from;
    }
    int width = range.end().line() == range.start().line()
        ? Math.max(1, Math.min(range.end().column() - range.start().column(), shown.length() - caretAt)) : 1;
    // Padded by hand: String.format's %d loads the JDK's locale data, tens of milliseconds of a short run.
    String number = Integer.toString(range.start().line());
    String gutter = " ".repeat(Math.max(0, 6 - number.length())) + number + " | ";
    out.write(style.apply(DIM, gutter));
    out.write(shown);
    out.write('\n');
    out.write(style.apply(DIM, "       | "));
    out.write(" ".repeat(Math.max(0, caretAt)));
    out.write(style.apply(BOLD, "^" + "~".repeat(Math.max(0, width - 1))));
    out.write('\n');
  }

  private static void writeSummary(LintReport report, Style style, Writer out, String fixed) throws IOException {
    Map<Severity, Integer> counts = report.countsBySeverity();
    int files = report.files().size();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    String checked = plural(files, "file") + " checked";
    long suppressed = report.files().stream().mapToLong(f -> f.suppressed().size()).sum();
    String hidden = suppressed == 0 ? "" : " (%d suppressed)".formatted(suppressed);
    if (total == 0) {
      out.write(style.apply(BOLD, checked + ": no findings" + hidden + fixed) + "\n");
      return;
    }
    out.write(style.apply(BOLD, checked + ": " + counts(counts) + hidden + fixed) + "\n");
  }

  /** "1 error, 2 warnings, 0 info", as every summary line says it. */
  static String counts(Map<Severity, Integer> counts) {
    return "%s, %s, %s".formatted(plural(counts.get(Severity.ERROR), "error"), plural(counts.get(Severity.WARNING), "warning"),
        counts.get(Severity.INFO) + " info");
  }

  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private record Style(boolean color) {
    String apply(String code, String text) {
      return color ? code + text + RESET : text;
    }

    String severityColor(Severity severity) {
      return switch (severity) {
        case ERROR -> "\u001b[1;31m";
        case WARNING -> "\u001b[1;33m";
        case INFO -> "\u001b[1;36m";
      };
    }
  }
}
