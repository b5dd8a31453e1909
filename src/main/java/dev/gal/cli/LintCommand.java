package dev.gal.cli;

import dev.gal.engine.InputCollector;
import dev.gal.engine.LintEngine;
import dev.gal.engine.LintReport;
import dev.gal.engine.ToolNotice;
import dev.gal.io.AtomicFiles;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.report.OutputFormat;
import dev.gal.report.ReportOptions;
import dev.gal.report.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Checks GAL configs against the GAL format and what AWS API Gateway accepts.",
        "Directories are searched for *.yaml, *.yml and *.json files that look like GAL configs."},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  no finding at or above --fail-on",
        "  1  at least one finding at or above --fail-on (a YAML syntax error is a finding)",
        "  2  usage error, missing or unreadable path, or internal failure"})
final class LintCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "GAL config files or directories to lint.")
  private List<String> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, json or sarif (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE, atomically, instead of standard output.")
  private Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Exit 1 when a finding is at least this severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
  private FailOn failOn;

  @Option(names = "--no-color", description = "Never colour the text output. Colour is on when standard output is a terminal and NO_COLOR is unset.")
  private boolean noColor;

  @Option(names = {"-q", "--quiet"}, description = "Print only findings: no summary line and no notes.")
  private boolean quiet;

  @picocli.CommandLine.Mixin
  private RuleSourceOptions ruleSources;

  @Option(names = "--sarif-root", paramLabel = "DIR",
      description = "Directory that SARIF file URIs are relative to (default: the current directory).")
  private Path sarifRoot;

  private final Console console;

  LintCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Optional<RuleSourceOptions.Rules> rules = ruleSources.loadOrReport(console.err());
    if (rules.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    InputCollector.Collected collected = new InputCollector().collect(paths);
    LintEngine engine = new LintEngine(rules.get().registry(), new Loader(LoadLimits.DEFAULTS), rules.get().settings());
    LintReport report = engine.lint(collected.files(), collected.problems());
    if (report.files().isEmpty() && collected.problems().isEmpty()) {
      report = new LintReport(report.files(), List.of(new ToolNotice(ToolNotice.Level.WARNING,
          String.join(" ", paths), "no GAL config files found")), report.rules());
    }
    printNotices(report);
    ReportOptions options = new ReportOptions(
        output == null && !noColor && console.colorAllowed(), quiet,
        sarifRoot != null ? sarifRoot : Path.of(""));
    Reporter reporter = format.reporter();
    LintReport finalReport = report;
    if (output == null) {
      reporter.write(finalReport, options, console.out());
    } else {
      AtomicFiles.write(output, out -> reporter.write(finalReport, options, out));
    }
    return exitCode(report).code();
  }

  private ExitCode exitCode(LintReport report) {
    if (report.hasToolErrors()) {
      return ExitCode.USAGE;
    }
    return failOn.threshold().map(report::hasFindingAtLeast).orElse(false) ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private void printNotices(LintReport report) {
    PrintWriter err = console.err();
    for (ToolNotice notice : report.notices()) {
      if (notice.level() != ToolNotice.Level.NOTE || (!quiet && format == OutputFormat.TEXT)) {
        err.println("gal: %s: %s: %s".formatted(notice.level().name().toLowerCase(java.util.Locale.ROOT),
            notice.path(), notice.message()));
      }
    }
    err.flush();
  }
}
