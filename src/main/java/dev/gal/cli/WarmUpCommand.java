package dev.gal.cli;

import dev.gal.engine.FileReport;
import dev.gal.engine.InputFile;
import dev.gal.engine.LintEngine;
import dev.gal.engine.LintReport;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.ToolNotice;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.report.OutputFormat;
import dev.gal.report.ReportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The launcher's training run for the class-data archive: lints bundled
 * samples and writes every format to nowhere, so that the archive holds the
 * classes of a real run. Hidden: it is not for users.
 */
@Command(name = "warm-up", hidden = true, description = "Training run for the start-up archive.")
final class WarmUpCommand implements Callable<Integer> {
  private static final String[] SAMPLES = {"sample.yaml", "sample.json"};

  @Override
  public Integer call() throws IOException {
    LintEngine engine = new LintEngine(RuleRegistry.builtIn(), new Loader(LoadLimits.DEFAULTS));
    List<FileReport> files = new ArrayList<>();
    List<ToolNotice> notices = new ArrayList<>();
    for (String sample : SAMPLES) {
      try (InputStream in = WarmUpCommand.class.getResourceAsStream("/dev/gal/warmup/" + sample)) {
        byte[] bytes = in.readAllBytes();
        InputFile input = new InputFile(null, sample, true);
        files.add(engine.check(input, new Loader(LoadLimits.DEFAULTS).load(bytes, sample), notices));
      }
    }
    LintReport report = new LintReport(files, notices, engine.registry().allMeta());
    for (OutputFormat format : OutputFormat.values()) {
      format.reporter().write(report, new ReportOptions(true, false, Path.of("")), Writer.nullWriter());
    }
    return ExitCode.CLEAN.code();
  }
}
