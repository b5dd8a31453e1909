package dev.gal.cli;

import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.LintSession;
import dev.gal.lsp.GalLanguageServer;
import dev.gal.report.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Lints in the editor: a language server (LSP 3.17 on standard input and output).",
        "Editors start it (see the README's Editor integration) and show gal's findings, hovers, quick fixes and completion "
            + "while a GAL config or OpenAPI document is written. Each file is linted as gal lint lints it, with the nearest "
            + ".gal-lint.yaml."},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  the editor sent shutdown, then exit",
        "  1  the editor sent exit without shutdown, or went away (end of input)",
        "  2  usage error, such as a broken --config"})
final class LspCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin
  private RuleSourceOptions ruleSources;

  @picocli.CommandLine.Mixin
  private LimitOptions limitOptions;

  @Option(names = "--debounce-ms", paramLabel = "MS", defaultValue = "150",
      description = "Lint a changed document once the typing has paused this long (default: ${DEFAULT-VALUE}).")
  private long debounceMillis;

  private final Console console;
  private final InputStream in;
  private final OutputStream out;

  LspCommand(Console console, InputStream in, OutputStream out) {
    this.console = console;
    this.in = in;
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    if (debounceMillis < 0) {
      console.err().println("gal: --debounce-ms must be 0 or more");
      return ExitCode.USAGE.code();
    }
    // Broken flags are said once, here, rather than as the same diagnostic in every file.
    if (ruleSources.loadOrReport(console.err()).isEmpty()) {
      return ExitCode.USAGE.code();
    }
    try {
      LintSession session = LintSession.forEditor(ruleSources.sources(), limitOptions.limits(), GeneratedDocumentStage::new);
      return new GalLanguageServer(session, in, out, debounceMillis, ToolInfo.version()).run();
    } catch (UsageException e) {
      RuleSourceOptions.report(console.err(), e);
      return ExitCode.USAGE.code();
    }
  }
}
