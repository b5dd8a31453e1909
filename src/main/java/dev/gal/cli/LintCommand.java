package dev.gal.cli;

import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.Baselines;
import dev.gal.engine.FileReport;
import dev.gal.engine.FixPolicy;
import dev.gal.engine.InputCollector;
import dev.gal.engine.LintReport;
import dev.gal.engine.LintSession;
import dev.gal.engine.RuleSources;
import dev.gal.engine.LintSetupException;
import dev.gal.engine.Timings;
import dev.gal.engine.ToolNotice;
import dev.gal.io.AtomicFiles;
import dev.gal.report.OutputFormat;
import dev.gal.report.ReportOptions;
import dev.gal.report.SarifPaths;
import dev.gal.report.Reporter;
import dev.gal.rule.ExportTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class LintCommand implements Callable<Integer> {
  private List<String> paths = new ArrayList<>();
  private OutputFormat format;
  private Path output;
  private FailOn failOn;
  private ExportTarget target;
  private boolean noColor;
  private boolean quiet;
  private final RuleSourceOptions ruleSources = new RuleSourceOptions();
  private final LimitOptions limitOptions = new LimitOptions();
  private boolean force;
  private Path printConfig;
  private Path baselineFile;
  private Path writeBaseline;
  private boolean verbose;
  private boolean timings;
  private boolean allowRemoteRefs;
  private boolean skipUnrecognized;
  private String changedSince;
  private boolean fix;
  private boolean unsafeFixes;
  private boolean diff;
  private String sarifCategory;
  private Path sarifRoot;

  private final Console console;

  LintCommand(Console console) {
    this.console = console;
  }

  /** The command's picocli model, bound to this instance's fields. */
  CommandSpec spec() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("lint").versionProvider(new VersionProvider());
    spec.usageMessage().description(
        "Checks GAL configs and OpenAPI documents against what AWS API Gateway accepts.",
        "Directories are searched for *.yaml, *.yml and *.json files that are either.");
    ExitCode.listIn(spec, "no finding at or above --fail-on, or --write-baseline wrote the baseline",
        "at least one finding at or above --fail-on (YAML syntax errors count)",
        "usage error, missing or unreadable path, or internal failure");
    CommandOptions options = new CommandOptions(spec);
    options.parameters("PATH", String.class, v -> paths = v, "GAL config files or directories to lint.");
    options.add("--format", "FORMAT", OutputFormat.class, "text", v -> format = v,
        "Output format: text, json, sarif, github (workflow annotations) or junit (XML) (default: ${DEFAULT-VALUE}).");
    options.add("-o, --output", "FILE", Path.class, v -> output = v, "Write the report to FILE, atomically, instead of standard output.");
    options.add("--fail-on", "LEVEL", FailOn.class, v -> failOn = v,
        "Exit 1 when a finding is at least this severe: error, warning, info or never (default: the lint config's fail-on, else error).");
    options.add("--target", "TARGET", ExportTarget.class, v -> target = v, "The gal export target the configs are for: openapi "
        + "or cloudformation. Settings the target carries (a route's rate_limit in a CloudFormation stage) are not "
        + "reported as dropped (default: each rule's target option, else openapi).");
    options.flag("--no-color", v -> noColor = v,
        "Never colour the text output. Colour is on when standard output is a terminal and NO_COLOR is unset.");
    options.flag("-q, --quiet", v -> quiet = v, "Print only findings: no summary line and no notes.");
    ruleSources.addTo(options);
    limitOptions.addTo(options);
    options.flag("--force", v -> force = v, "Allow --output or --write-baseline to name one of the linted files.");
    options.add("--print-config", "FILE", Path.class, v -> printConfig = v,
        "Print the settings that apply to FILE, with the origin of each, and exit.");
    options.add("--baseline", "FILE", Path.class, v -> baselineFile = v, "Report only findings that are not in this "
        + "baseline; entries of linted files that no longer match are reported as fixed.");
    options.add("--write-baseline", "FILE", Path.class, v -> writeBaseline = v, "Record the findings of the linted files in "
        + "FILE as the baseline, keeping its entries of other files, and exit 0.");
    options.flag("-v, --verbose", v -> verbose = v,
        "Also print on stderr how each file was read, e.g. which kind of API an OpenAPI document is.");
    options.flag("--timings", v -> timings = v,
        "Also print on stderr the time spent in each stage and by the 10 slowest rules, to find what makes a run slow.");
    options.flag("--allow-remote-refs", v -> allowRemoteRefs = v, "Do not refuse $ref to URLs in OpenAPI documents. gal still "
        + "does not fetch them; they are left unchecked.");
    options.flag("--skip-unrecognized", v -> skipUnrecognized = v, "Skip named files that parse but are neither a GAL config nor "
        + "an OpenAPI document (for hooks that pass every changed YAML file).");
    options.add("--changed-since", "REV", String.class, v -> changedSince = v,
        "Lint only the files among PATH that git reports as changed since REV, or untracked.");
    options.flag("--fix", v -> fix = v,
        "Apply the safe fixes in place (each file written atomically), then report the findings that remain.");
    options.flag("--unsafe-fixes", v -> unsafeFixes = v,
        "With --fix, also apply the fixes that change what the API does, such as clamping a timeout.");
    options.flag("--diff", v -> diff = v, "With --fix, print the fixes as a unified diff instead of writing them; the "
        + "exit code is that of the files as they are.");
    options.add("--sarif-category", "NAME", String.class, "gal", v -> sarifCategory = v,
        "SARIF automationDetails id prefix, so that several uploads to code scanning do not replace each other (default: ${DEFAULT-VALUE}).");
    options.add("--sarif-root", "DIR", Path.class, v -> sarifRoot = v,
        "Directory that SARIF file URIs are relative to (default: the current directory).");
    options.standardHelp();
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    try {
      if (printConfig != null) {
        if (!Files.isRegularFile(printConfig)) {
          throw new UsageException("--print-config %s: no such file".formatted(printConfig));
        }
        new ConfigPrinter(console.out()).print(printConfig, ruleSources);
        return ExitCode.CLEAN.code();
      }
      if (paths.isEmpty()) {
        console.err().println("gal: Missing required parameter: 'PATH'");
        console.err().println("Try 'gal lint --help' for more information.");
        return ExitCode.USAGE.code();
      }
      return lint();
    } catch (UsageException e) {
      RuleSourceOptions.report(console.err(), e);
      return ExitCode.USAGE.code();
    }
  }

  private int lint() throws IOException, UsageException {
    if (sarifRoot != null && !Files.isDirectory(sarifRoot)) {
      throw new UsageException("--sarif-root %s: no such folder".formatted(sarifRoot));
    }
    if (!fix && (unsafeFixes || diff)) {
      throw new UsageException("%s works with --fix only".formatted(unsafeFixes ? "--unsafe-fixes" : "--diff"));
    }
    if (diff && format != OutputFormat.TEXT) {
      throw new UsageException("--diff prints a diff, not a report, so it takes no --format");
    }
    if (diff && writeBaseline != null) {
      throw new UsageException("--diff writes nothing, so it takes no --write-baseline");
    }
    for (Path target : java.util.Arrays.asList(output, writeBaseline)) {
      if (target != null) {
        AtomicFiles.requireWritable(target);
      }
    }
    InputCollector.Collected collected = new InputCollector().collect(paths);
    if (skipUnrecognized) {
      collected = new InputCollector.Collected(collected.files().stream()
          .map(f -> new dev.gal.engine.InputFile(f.path(), f.displayPath(), false)).toList(), collected.problems());
    }
    if (changedSince != null) {
      Set<Path> changed = new java.util.HashSet<>();
      for (String path : paths) {
        changed.addAll(GitChanges.since(changedSince, Path.of(path)));
      }
      collected = new InputCollector.Collected(collected.files().stream()
          .filter(f -> changed.contains(f.path().toAbsolutePath().normalize())).toList(), collected.problems());
    }
    refuseToOverwriteInputs(collected);
    Timings recorded = timings ? Timings.recording() : Timings.OFF;
    Baselines baselines;
    LintSession.Result result;
    ProgressBar progress = new ProgressBar(console.err(), console.stderrTerminal(), collected.files().size());
    try {
      baselines = Baselines.open(baselineFile, writeBaseline);
      RuleSources sources = target == null ? ruleSources.sources() : ruleSources.sources().forTarget(target);
      LintSession session = new LintSession(sources, baselines, allowRemoteRefs, limitOptions.limits(), recorded,
          !fix ? null : unsafeFixes ? FixPolicy.UNSAFE_TOO : FixPolicy.SAFE, GeneratedDocumentStage::new);
      result = session.lint(collected, progress);
    } catch (LintSetupException e) {
      throw new UsageException(e.lines());
    }
    progress.finish();
    LintReport report = result.report();
    if (report.files().isEmpty() && collected.problems().isEmpty()) {
      report = new LintReport(report.files(), List.of(new ToolNotice(ToolNotice.Level.WARNING,
          String.join(" ", paths), "no GAL config files found")), report.rules());
    }
    if (diff) {
      return showDiff(result, report);
    }
    if (fix) {
      report = FixedFiles.write(report);
    }
    report = baselines.withFixedEntries(report, paths);
    if (format == OutputFormat.SARIF) {
      report = withFilesOutsideSarifRoot(report, sarifRoot != null ? sarifRoot : Path.of(""));
    }
    printNotices(report);
    report = new LintReport(report.files(), report.notices().stream()
        .filter(n -> n.level() != ToolNotice.Level.VERBOSE).toList(), report.rules());
    if (writeBaseline != null) {
      console.err().println("gal: " + baselines.write(report, paths));
    }
    ReportOptions plain = new ReportOptions(
        output == null && !noColor && console.colorAllowed(), quiet,
        sarifRoot != null ? sarifRoot : Path.of(""), sarifCategory);
    ReportOptions options = !fix ? plain
        : plain.after(unsafeFixes ? ReportOptions.FixRun.UNSAFE_TOO : ReportOptions.FixRun.SAFE);
    Reporter reporter = format.reporter();
    LintReport finalReport = report;
    if (output == null) {
      reporter.write(finalReport, options, console.out());
    } else {
      AtomicFiles.write(output, out -> reporter.write(finalReport, options, out));
    }
    if (timings) {
      TimingsPrinter.print(console.err(), recorded, report.rules());
    }
    if (report.hasToolErrors()) {
      return ExitCode.USAGE.code();
    }
    if (writeBaseline != null) {
      // Recording the findings was what the user asked for, not a check that they are gone.
      return ExitCode.CLEAN.code();
    }
    return result.failed(report, failOn == null ? Optional.empty() : Optional.of(failOn.name().toLowerCase(java.util.Locale.ROOT)))
        ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
  }

  /**
   * --fix --diff: the diff on stdout (or --output) in place of the report, so
   * that it can be piped to patch -p0. Nothing is fixed on disk, so the exit
   * code is that of the files as they are.
   */
  private int showDiff(LintSession.Result result, LintReport report) throws IOException {
    printNotices(report);
    String text = FixedFiles.diff(report);
    if (output == null) {
      console.out().print(text);
      console.out().flush();
    } else {
      AtomicFiles.write(output, out -> out.write(text));
    }
    if (!quiet) {
      long files = FixedFiles.changedCount(report);
      int fixes = FixedFiles.applied(report);
      console.err().println(fixes == 0 ? "gal: no fixes to apply"
          : "gal: %d %s in %d %s shown as a diff; nothing was written".formatted(fixes, fixes == 1 ? "fix" : "fixes", files,
              files == 1 ? "file" : "files"));
      console.err().flush();
    }
    if (report.hasToolErrors()) {
      return ExitCode.USAGE.code();
    }
    LintReport asRead = FixedFiles.asRead(report);
    return result.failed(asRead, failOn == null ? Optional.empty() : Optional.of(failOn.name().toLowerCase(java.util.Locale.ROOT)))
        ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
  }

  /** A report or baseline written over a linted file would destroy it: refuse unless --force. */
  private void refuseToOverwriteInputs(InputCollector.Collected collected) throws UsageException {
    for (Path target : java.util.Arrays.asList(output, writeBaseline)) {
      if (target == null || force) {
        continue;
      }
      Path normalized = target.toAbsolutePath().normalize();
      for (dev.gal.engine.InputFile file : collected.files()) {
        if (file.path().toAbsolutePath().normalize().equals(normalized)) {
          throw new UsageException("%s is one of the linted files; refusing to overwrite it without --force".formatted(target));
        }
      }
    }
  }

  /** Code scanning matches results to repository files: a file outside the SARIF root cannot be matched. */
  private static LintReport withFilesOutsideSarifRoot(LintReport report, Path root) {
    List<ToolNotice> notices = new ArrayList<>(report.notices());
    for (FileReport file : report.files()) {
      if (file.path() != null && !SarifPaths.isUnder(file.path(), root)) {
        notices.add(new ToolNotice(ToolNotice.Level.WARNING, file.displayPath(), ("is outside the SARIF root %s, so its results "
            + "carry an absolute file: URI that code scanning cannot match to the repository; run gal from the repository "
            + "root or pass --sarif-root").formatted(root.toAbsolutePath().normalize())));
      }
    }
    return new LintReport(report.files(), List.copyOf(notices), report.rules());
  }

  private void printNotices(LintReport report) {
    PrintWriter err = console.err();
    for (ToolNotice notice : report.notices()) {
      boolean shown = switch (notice.level()) {
        case VERBOSE -> verbose;
        case NOTE -> !quiet && format == OutputFormat.TEXT;
        default -> true;
      };
      if (shown) {
        err.println("gal: %s: %s: %s".formatted(notice.level().name().toLowerCase(java.util.Locale.ROOT),
            notice.path(), notice.message()));
      }
    }
    err.flush();
  }
}
