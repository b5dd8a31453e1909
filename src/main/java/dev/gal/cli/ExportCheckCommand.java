package dev.gal.cli;

import dev.gal.aws.GeneratedDocument;
import dev.gal.aws.OpenApiGenerator;
import dev.gal.aws.OpenApiWriter;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.DocumentKind;
import dev.gal.model.GalConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    footer = {"  0  every export is up to date", "  1  an export is stale or missing its config's changes", "  2  usage error"})
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
          console.err().println("gal: %s is stale against %s; run: gal export --format %s -o %s %s".formatted(
              export, config, format.name().toLowerCase(java.util.Locale.ROOT), export, config));
          stale++;
        }
      }
    }
    console.err().flush();
    return stale == 0 ? ExitCode.CLEAN.code() : ExitCode.FINDINGS.code();
  }

  private static boolean upToDate(Path config, Path export, OpenApiWriter.Format format) throws IOException {
    LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(config, config.toString());
    if (loaded.documents().size() != 1 || loaded.documents().get(0).kind() != DocumentKind.GAL_CONFIG) {
      return false;
    }
    GeneratedDocument generated = new OpenApiGenerator().generate(new GalConfig(loaded.documents().get(0)));
    StringWriter expected = new StringWriter();
    OpenApiWriter.write(generated.document(), format, expected);
    return expected.toString().equals(Files.readString(export, StandardCharsets.UTF_8));
  }
}
