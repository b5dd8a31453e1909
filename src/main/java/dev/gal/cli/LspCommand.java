package dev.gal.cli;

import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.LintSession;
import dev.gal.lsp.GalLanguageServer;
import dev.gal.report.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class LspCommand implements Callable<Integer> {
  private final RuleSourceOptions ruleSources = new RuleSourceOptions();
  private final LimitOptions limitOptions = new LimitOptions();
  private long debounceMillis;

  private final Console console;
  private final InputStream in;
  private final OutputStream out;

  LspCommand(Console console, InputStream in, OutputStream out) {
    this.console = console;
    this.in = in;
    this.out = out;
  }

  /** The command's picocli model, bound to this instance's fields. */
  CommandSpec spec() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("lsp").versionProvider(new VersionProvider());
    spec.usageMessage().description(
        "Lints in the editor: a language server (LSP 3.17 on standard input and output).",
        "Editors start it (see the README's Editor integration) and show gal's findings, hovers, quick fixes and completion "
            + "while a GAL config or OpenAPI document is written. Each file is linted as gal lint lints it, with the nearest "
            + ".gal-lint.yaml.");
    ExitCode.listIn(spec, "the editor sent shutdown, then exit",
        "the editor sent exit without shutdown, or went away (end of input)",
        "usage error, such as a broken --config");
    CommandOptions options = new CommandOptions(spec);
    ruleSources.addTo(options);
    limitOptions.addTo(options);
    options.add("--debounce-ms", "MS", long.class, "150", v -> debounceMillis = v,
        "Lint a changed document once the typing has paused this long (default: ${DEFAULT-VALUE}).");
    options.standardHelp();
    return spec;
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
