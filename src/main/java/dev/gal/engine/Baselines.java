package dev.gal.engine;

import dev.gal.io.AtomicFiles;
import dev.gal.suppress.Baseline;
import dev.gal.suppress.BaselineException;
import dev.gal.suppress.BaselineFile;
import dev.gal.suppress.BaselineKeys;
import dev.gal.suppress.BaselineScope;
import dev.gal.suppress.SuppressedFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The baselines of one lint run: the one findings are matched against
 * (--baseline) and the one to rewrite (--write-baseline). Both are read before
 * anything is linted, so that a broken file stops the run before any work.
 */
public final class Baselines {
  private final Path matchFile;
  private final Baseline toMatch;
  private final Path writeTarget;
  private final Baseline previous;

  private Baselines(Path matchFile, Baseline toMatch, Path writeTarget, Baseline previous) {
    this.matchFile = matchFile;
    this.toMatch = toMatch;
    this.writeTarget = writeTarget;
    this.previous = previous;
  }

  /** No baseline to match or to write, as an editor lints. */
  public static final Baselines NONE = new Baselines(null, null, null, null);

  /** Either path may be null when its option is not given. */
  public static Baselines open(Path baseline, Path writeBaseline) throws LintSetupException {
    Baseline previous = null;
    if (writeBaseline != null) {
      // Rewriting keeps the entries of files not linted now; a file that cannot be read would lose them.
      previous = Files.exists(writeBaseline) ? read(writeBaseline, "; fix it, or delete it to start a new one")
          : new Baseline(BaselineFile.folderOf(writeBaseline), List.of());
    }
    return new Baselines(baseline, baseline == null ? null : read(baseline, ""), writeBaseline, previous);
  }

  private static Baseline read(Path file, String advice) throws LintSetupException {
    try {
      return BaselineFile.read(file);
    } catch (BaselineException e) {
      throw new LintSetupException("cannot read the baseline %s: %s%s".formatted(file, e.getMessage(), advice));
    }
  }

  /** The baseline to match findings against, or null. */
  public Baseline toMatch() {
    return toMatch;
  }

  /** The --baseline file as the user named it, or null. */
  String matchName() {
    return matchFile == null ? null : matchFile.toString();
  }

  /**
   * Whether findings need their fingerprints: only baselines use them, and a run without one
   * saves hashing every finding (and the JDK's security providers, about 15 ms of a short run).
   */
  boolean needFingerprints() {
    return toMatch != null || writeTarget != null;
  }

  /** Entries of linted files that no finding matched are problems that were fixed: say so, once. */
  public LintReport withFixedEntries(LintReport report, List<String> paths) {
    List<Baseline.Entry> fixed = toMatch == null ? List.of() : toMatch.fixed(scope(report, paths));
    if (fixed.isEmpty()) {
      return report;
    }
    List<ToolNotice> notices = new ArrayList<>(report.notices());
    for (Baseline.Entry entry : fixed) {
      notices.add(new ToolNotice(ToolNotice.Level.NOTE, shown(entry),
          "fixed: %s at %s is no longer reported; remove it from the baseline (--write-baseline)".formatted(
              entry.rule(), entry.pointer().isEmpty() ? "(no pointer)" : entry.pointer())));
    }
    return new LintReport(report.files(), List.copyOf(notices), report.rules());
  }

  /**
   * Rewrites the linted files' entries of the --write-baseline file and keeps
   * the others, unless the run had errors; returns what it did, for stderr.
   */
  public String write(LintReport report, List<String> paths) throws IOException {
    if (report.hasToolErrors()) {
      return "the baseline %s was not written: the run had errors".formatted(writeTarget);
    }
    List<Baseline.Entry> entries = new ArrayList<>(previous.outside(scope(report, paths)));
    int kept = entries.size();
    for (FileReport file : report.files()) {
      String key = previous.fileKey(file.path());
      file.allFindings().forEach(f -> entries.add(BaselineKeys.entry(f, key)));
      file.suppressed().stream().filter(SuppressedFinding::baseline).forEach(f -> entries.add(BaselineKeys.entry(f.finding(), key)));
    }
    AtomicFiles.write(writeTarget, out -> BaselineFile.write(entries, out));
    return "wrote %s for %s to the baseline %s; kept %s of files not linted in this run".formatted(
        entries(entries.size() - kept), count(report.files().size(), "linted file", "linted files"), writeTarget, entries(kept));
  }

  private static String entries(int count) {
    return count(count, "entry", "entries");
  }

  private static String count(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** The entry's file as the user can open it: beside the baseline as it was named on the command line. */
  private String shown(Baseline.Entry entry) {
    Path folder = matchFile.getParent();
    return (folder == null ? Path.of(entry.file()) : folder.resolve(entry.file())).normalize().toString().replace('\\', '/');
  }

  private static BaselineScope scope(LintReport report, List<String> paths) {
    return new BaselineScope(report.files().stream().map(FileReport::path).filter(Objects::nonNull).toList(),
        paths.stream().map(Path::of).toList());
  }
}
