package dev.gal.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.gal.aws.GeneratedDocument;
import dev.gal.aws.OpenApiGenerator;
import dev.gal.aws.OpenApiWriter;
import dev.gal.engine.FileReport;
import dev.gal.engine.InputCollector;
import dev.gal.engine.LintEngine;
import dev.gal.engine.LintReport;
import dev.gal.engine.ToolNotice;
import dev.gal.io.AtomicFiles;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.GalConfig;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourcePosition;
import dev.gal.report.OutputFormat;
import dev.gal.report.ReportOptions;
import dev.gal.rule.Severity;
import dev.gal.suppress.Suppressor;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Writes the OpenAPI document of a GAL config, for 'aws apigateway import-rest-api'.",
        "The document is OpenAPI 3.0 with x-amazon-apigateway extensions. The config is",
        "linted first: with an error-level finding nothing is written, unless --force."},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  the document was written",
        "  1  the config has error-level findings; nothing was written",
        "  2  usage error, missing or unreadable file, or not exactly one GAL config in it"})
final class ExportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CONFIG", description = "The GAL config to export.")
  private Path config;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the document to FILE, atomically, instead of standard output.")
  private Path output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json or yaml (default: ${DEFAULT-VALUE}).")
  private OpenApiWriter.Format format;

  @Option(names = "--stage-variables", description = "Take each HTTP backend's host[:port] from the stage variable SERVICE_upstream, so one document serves several stages.")
  private boolean stageVariables;

  @Option(names = "--force", description = "Write the document even when the config has errors, and allow --output to name the config itself.")
  private boolean force;

  @Option(names = "--explain", description = "Write the source map instead of the document: each generated JSON pointer with the GAL file, line and column it came from.")
  private boolean explain;

  @Mixin
  private RuleSourceOptions ruleSources;

  private final Console console;

  ExportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Optional<RuleSourceOptions.Rules> ruleSet = ruleSources.loadOrReport(console.err(), config);
    if (ruleSet.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    RuleSourceOptions.Rules rules = ruleSet.get();
    InputCollector.Collected collected = new InputCollector().collect(List.of(config.toString()));
    if (!collected.problems().isEmpty() || collected.files().isEmpty()) {
      collected.problems().forEach(p -> console.err().println("gal: %s: %s".formatted(p.path(), p.message())));
      return ExitCode.USAGE.code();
    }
    if (output != null && !force && Files.exists(output) && Files.isSameFile(output, config)) {
      console.err().println("gal: --output names the config itself; refusing to overwrite it without --force");
      return ExitCode.USAGE.code();
    }
    LintEngine engine = new LintEngine(rules.registry(), new Loader(LoadLimits.DEFAULTS), rules.settings(),
        new Suppressor(rules.config().ignores(), null, null));
    LintReport report = engine.lint(collected.files(), List.of());
    long errors = report.files().stream().flatMap(f -> f.findings().stream()).filter(f -> f.severity() == Severity.ERROR).count();
    printFindings(report);
    if (report.hasToolErrors()) {
      return ExitCode.USAGE.code();
    }
    LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(config, collected.files().get(0).displayPath());
    if (loaded.documents().size() != 1) {
      console.err().println("gal: %s holds %d YAML documents; export takes one GAL config per file"
          .formatted(config, loaded.documents().size()));
      return errors > 0 ? ExitCode.FINDINGS.code() : ExitCode.USAGE.code();
    }
    if (errors > 0 && !force) {
      console.err().println("gal: %d error%s in %s; nothing was written (fix them, or pass --force)"
          .formatted(errors, errors == 1 ? "" : "s", config));
      console.err().flush();
      return ExitCode.FINDINGS.code();
    }
    if (errors > 0) {
      console.err().println("gal: WARNING: writing the export despite %d error%s (--force); AWS will likely reject it"
          .formatted(errors, errors == 1 ? "" : "s"));
    }
    Document document = loaded.documents().get(0);
    GeneratedDocument generated = new OpenApiGenerator(stageVariables).generate(new GalConfig(document));
    AtomicFiles.Content content = explain ? out -> writeSourceMap(generated, document, out)
        : out -> OpenApiWriter.write(generated.document(), format, out);
    if (output == null) {
      content.writeTo(console.out());
    } else {
      AtomicFiles.write(output, content);
      console.err().println("gal: wrote " + output);
    }
    console.err().flush();
    return ExitCode.CLEAN.code();
  }

  /** Findings at warning and above go to stderr, as gal lint prints them. */
  private void printFindings(LintReport report) throws IOException {
    List<FileReport> files = report.files().stream().map(f -> new FileReport(f.path(), f.source(),
        f.findings().stream().filter(x -> x.severity().atLeast(Severity.WARNING)).toList())).toList();
    LintReport shown = new LintReport(files, report.notices(), report.rules());
    if (files.stream().anyMatch(f -> !f.findings().isEmpty())) {
      OutputFormat.TEXT.reporter().write(shown, new ReportOptions(false, false, Path.of("")), console.err());
    }
    for (ToolNotice notice : report.notices()) {
      if (notice.level() == ToolNotice.Level.VERBOSE) {
        continue;
      }
      console.err().println("gal: %s: %s".formatted(notice.path(), notice.message()));
    }
  }

  private static void writeSourceMap(GeneratedDocument generated, Document document, Writer out) throws IOException {
    try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter().withoutSpacesInObjectEntries());
      json.writeStartObject();
      json.writeNumberField("formatVersion", 1);
      json.writeStringField("source", document.source().displayPath());
      json.writeArrayFieldStart("entries");
      for (Map.Entry<JsonPointer, JsonPointer> entry : generated.sourceMap().entries().entrySet()) {
        SourcePosition at = document.positions().locate(entry.getValue()).keyOrValue().start();
        json.writeStartObject();
        json.writeStringField("generated", entry.getKey().toString());
        json.writeStringField("pointer", entry.getValue().toString());
        json.writeNumberField("line", at.line());
        json.writeNumberField("column", at.column());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }
}
