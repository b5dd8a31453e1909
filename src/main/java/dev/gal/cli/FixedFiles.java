package dev.gal.cli;

import dev.gal.engine.FileReport;
import dev.gal.engine.Fixed;
import dev.gal.engine.LintReport;
import dev.gal.engine.ToolNotice;
import dev.gal.fix.UnifiedDiff;
import dev.gal.io.AtomicFiles;
import dev.gal.io.IoProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What gal lint --fix does with the files it fixed in memory: write each one, or show them all as a diff. */
final class FixedFiles {
  private FixedFiles() {}

  /** Writes each changed file in place, atomically; a file that cannot be written is an error notice. */
  static LintReport write(LintReport report) {
    List<ToolNotice> notices = new ArrayList<>(report.notices());
    for (FileReport file : changed(report)) {
      try {
        AtomicFiles.rewrite(file.path(), file.fixed().bytesRead(), bytes(file));
      } catch (IOException e) {
        notices.add(new ToolNotice(ToolNotice.Level.ERROR, file.displayPath(), "could not be fixed: " + IoProblems.reason(e)));
      }
    }
    return new LintReport(report.files(), List.copyOf(notices), report.rules());
  }

  /** The unified diff of every changed file, in path order. */
  static String diff(LintReport report) {
    StringBuilder out = new StringBuilder();
    for (FileReport file : changed(report)) {
      out.append(UnifiedDiff.of(file.displayPath(), file.fixed().before().source().text(), file.source().text()));
    }
    return out.toString();
  }

  /** The report of the files as they were read, before any fix. */
  static LintReport asRead(LintReport report) {
    return new LintReport(report.files().stream().map(f -> f.fixed() == null ? f : f.fixed().before()).toList(),
        report.notices(), report.rules());
  }

  static int applied(LintReport report) {
    return report.files().stream().filter(f -> f.fixed() != null).mapToInt(f -> f.fixed().applied()).sum();
  }

  static long changedCount(LintReport report) {
    return changed(report).size();
  }

  private static List<FileReport> changed(LintReport report) {
    return report.files().stream().filter(f -> f.fixed() != null && f.fixed().changed()).toList();
  }

  private static byte[] bytes(FileReport file) {
    Fixed fixed = file.fixed();
    String text = (fixed.byteOrderMark() ? "\uFEFF" : "") + file.source().text();
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
