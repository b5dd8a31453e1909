package dev.gal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.aws.OpenApiGenerator;
import dev.gal.aws.OpenApiWriter;
import dev.gal.aws.lint.ExportTimeoutLimit;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.ConfigLint;
import dev.gal.model.Document;
import dev.gal.model.GalConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ExportCheckCommand implements Callable<Integer> {
  private List<Path> configs = new ArrayList<>();
  private String suffix;

  private final Console console;

  ExportCheckCommand(Console console) {
    this.console = console;
  }

  /** The command's picocli model, bound to this instance's fields. It has no version provider, so --version prints nothing. */
  CommandSpec spec() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("export-check");
    spec.usageMessage().description(
        "Fails when a committed export is stale against its GAL config.",
        "For each GAL config NAME.yaml with a NAME.openapi.json (or .openapi.yaml) beside",
        "it, regenerates the export and compares. Configs without an export beside them",
        "are skipped. Used by the gal-export-check pre-commit hook.");
    ExitCode.listIn(spec, "every export is up to date",
        "an export is stale, or its config has errors",
        "usage error: no config named, or a named config is missing or a folder");
    CommandOptions options = new CommandOptions(spec);
    options.parameters("CONFIG", Path.class, v -> configs = v, "GAL configs (other files are ignored).");
    options.add("--suffix", "SUFFIX", String.class, ".openapi", v -> suffix = v,
        "What the export's name adds before .json or .yaml (default: ${DEFAULT-VALUE}).");
    options.standardHelp();
    return spec;
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
      Map<OpenApiWriter.Format, Path> exports = new EnumMap<>(OpenApiWriter.Format.class);
      for (OpenApiWriter.Format format : OpenApiWriter.Format.values()) {
        Path export = config.resolveSibling(stem + suffix + "." + format.name().toLowerCase(Locale.ROOT));
        if (Files.isRegularFile(export)) {
          exports.put(format, export);
        }
      }
      if (exports.isEmpty()) {
        continue;
      }
      Optional<JsonNode> expected = regenerated(config, exports.values());
      for (Map.Entry<OpenApiWriter.Format, Path> export : exports.entrySet()) {
        if (expected.isEmpty() || !upToDate(expected.get(), export.getKey(), export.getValue(), config)) {
          stale++;
        }
      }
    }
    console.err().flush();
    return stale == 0 ? ExitCode.CLEAN.code() : ExitCode.FINDINGS.code();
  }

  /** What gal export would write for the config, or empty after saying why it cannot be regenerated. */
  private Optional<JsonNode> regenerated(Path config, Collection<Path> exports) throws IOException {
    String named = String.join(" and ", exports.stream().map(Path::toString).toList());
    Document document;
    try {
      document = ExportInput.load(config);
    } catch (UsageException e) {
      RuleSourceOptions.report(console.err(), e);
      console.err().println("gal: %s cannot be checked against it".formatted(named));
      return Optional.empty();
    }
    Optional<dev.gal.engine.RuleSources.Rules> rules = new RuleSourceOptions().loadOrReport(console.err(), config);
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    if (document == null || ConfigLint.errors(ConfigLint.lint(rules.get(), config, GeneratedDocumentStage::new)) > 0) {
      console.err().println("gal: %s has errors, so %s cannot be regenerated; fix them first (gal lint %s), then run gal export"
          .formatted(config, named, config));
      return Optional.empty();
    }
    GalConfig galConfig = new GalConfig(document);
    long maxTimeoutMs = ExportTimeoutLimit.of(galConfig, rules.get().registry(), rules.get().settings());
    return Optional.of(new OpenApiGenerator(false, maxTimeoutMs).generate(galConfig).document());
  }

  /** Whether the export holds what gal export writes; when not, says how to bring it up to date. */
  private boolean upToDate(JsonNode expected, OpenApiWriter.Format format, Path export, Path config) throws IOException {
    StringWriter written = new StringWriter();
    OpenApiWriter.write(expected, format, written);
    if (written.toString().equals(Files.readString(export, StandardCharsets.UTF_8))) {
      return true;
    }
    console.err().println("gal: %s is stale against %s; run: gal export --format %s -o %s %s".formatted(
        export, config, format.name().toLowerCase(Locale.ROOT), export, config));
    return false;
  }
}
