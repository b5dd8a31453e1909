package dev.gal.cli;

import dev.gal.aws.GeneratedDocument;
import dev.gal.aws.OpenApiGenerator;
import dev.gal.aws.OpenApiWriter;
import dev.gal.model.Document;
import dev.gal.model.GalConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "export-check",
    mixinStandardHelpOptions = true,
    description = {
        "Fails when a committed export is stale against its GAL config.",
        "For each GAL config NAME.yaml with a NAME.openapi.json (or .openapi.yaml) beside",
        "it, regenerates the export and compares. Configs without an export beside them",
        "are skipped. Used by the gal-export-check pre-commit hook."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every export is up to date", "  1  an export is stale, or its config has errors", "  2  usage error: no config named, or a named config is missing or a folder"})
final class ExportCheckCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "CONFIG", description = "GAL configs (other files are ignored).")
  private List<Path> configs = new ArrayList<>();

  @Option(names = "--suffix", paramLabel = "SUFFIX", defaultValue = ".openapi",
      description = "What the export's name adds before .json or .yaml (default: ${DEFAULT-VALUE}).")
  private String suffix;

  private final Console console;

  ExportCheckCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    if (configs.isEmpty()) {
      console.err().println("gal: export-check takes the GAL config files to check, e.g. gal export-check api.yaml");
      return ExitCode.USAGE.code();
    }
    try {
      for (Path config : configs) {
        ExportInput.requireFile(config);
      }
    } catch (UsageException e) {
      RuleSourceOptions.report(console.err(), e);
      return ExitCode.USAGE.code();
    }
    int stale = 0;
    for (Path config : configs) {
      String name = config.getFileName().toString();
      if (!name.endsWith(".yaml") && !name.endsWith(".yml") || name.contains(suffix + ".")) {
        continue;
      }
      String stem = name.substring(0, name.lastIndexOf('.'));
      for (OpenApiWriter.Format format : OpenApiWriter.Format.values()) {
        Path export = config.resolveSibling(stem + suffix + "." + format.name().toLowerCase(java.util.Locale.ROOT));
        if (Files.isRegularFile(export) && !upToDate(config, export, format)) {
          stale++;
        }
      }
    }
    console.err().flush();
    return stale == 0 ? ExitCode.CLEAN.code() : ExitCode.FINDINGS.code();
  }

  /** Whether the export matches its config; when not, says how to bring it up to date. */
  private boolean upToDate(Path config, Path export, OpenApiWriter.Format format) throws IOException {
    String command = "gal export --format %s -o %s %s".formatted(format.name().toLowerCase(java.util.Locale.ROOT), export, config);
    Document document;
    try {
      document = ExportInput.load(config);
    } catch (UsageException e) {
      RuleSourceOptions.report(console.err(), e);
      console.err().println("gal: %s cannot be checked against it".formatted(export));
      return false;
    }
    Optional<RuleSourceOptions.Rules> rules = new RuleSourceOptions().loadOrReport(console.err(), config);
    long errors = rules.isEmpty() ? 0 : ConfigLint.errors(ConfigLint.lint(rules.get(), config));
    if (document == null || errors > 0) {
      console.err().println("gal: %s has errors, so %s cannot be regenerated; fix them first (gal lint %s), then run: %s"
          .formatted(config, export, config, command));
      return false;
    }
    GeneratedDocument generated = new OpenApiGenerator().generate(new GalConfig(document));
    StringWriter expected = new StringWriter();
    OpenApiWriter.write(generated.document(), format, expected);
    if (expected.toString().equals(Files.readString(export, StandardCharsets.UTF_8))) {
      return true;
    }
    console.err().println("gal: %s is stale against %s; run: %s".formatted(export, config, command));
    return false;
  }
}
