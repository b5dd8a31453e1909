package dev.gal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.aws.CloudFormationGenerator;
import dev.gal.aws.Deployment;
import dev.gal.aws.GeneratedDocument;
import dev.gal.aws.OpenApiGenerator;
import dev.gal.aws.OpenApiWriter;
import dev.gal.aws.lint.ExportTimeoutLimit;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.ConfigLint;
import dev.gal.engine.FileReport;
import dev.gal.engine.LintReport;
import dev.gal.engine.ToolNotice;
import dev.gal.io.AtomicFiles;
import dev.gal.model.Document;
import dev.gal.model.GalConfig;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourcePosition;
import dev.gal.report.OutputFormat;
import dev.gal.report.ReportOptions;
import dev.gal.rule.ExportTarget;
import dev.gal.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ExportCommand implements Callable<Integer> {
  private Path config;
  private Path output;
  private OpenApiWriter.Format format;
  private ExportTarget target;
  private boolean stageVariables;
  private boolean force;
  private boolean explain;
  private final RuleSourceOptions ruleSources = new RuleSourceOptions();

  private final Console console;

  ExportCommand(Console console) {
    this.console = console;
  }

  /** The command's picocli model, bound to this instance's fields. */
  CommandSpec spec() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("export").versionProvider(new VersionProvider());
    spec.usageMessage().description(
        "Writes the OpenAPI document of a GAL config, or a CloudFormation template holding it.",
        "The document is for 'aws apigateway import-rest-api'; the template (--target",
        "cloudformation) adds the stage, Lambda permissions and the usage plan and API key",
        "that keyed methods need, for 'aws cloudformation deploy'.",
        "The document is OpenAPI 3.0 with x-amazon-apigateway extensions. The config is",
        "linted first: with an error-level finding nothing is written, unless --force.");
    ExitCode.listIn(spec, "the document was written",
        "the config has error-level findings; nothing was written",
        "usage error, missing or unreadable file, or not exactly one GAL config in it");
    CommandOptions options = new CommandOptions(spec);
    options.parameter("CONFIG", Path.class, v -> config = v, "The GAL config to export.");
    options.add("-o, --output", "FILE", Path.class, v -> output = v, "Write the document to FILE, atomically, instead of standard output.");
    options.add("--format", "FORMAT", OpenApiWriter.Format.class, "json", v -> format = v, "json or yaml (default: ${DEFAULT-VALUE}).");
    options.add("--target", "TARGET", ExportTarget.class, "openapi", v -> target = v, "openapi (the document "
        + "for import-rest-api) or cloudformation (a template with the REST API, its stage, Lambda permissions and API key usage plan; "
        + "default: ${DEFAULT-VALUE}).");
    options.flag("--stage-variables", v -> stageVariables = v, "Take each HTTP backend's host[:port] from the stage variable "
        + "SERVICE_upstream, so one document serves several stages.");
    options.flag("--force", v -> force = v, "Write the document even when the config has errors, and allow --output to name the config itself.");
    options.flag("--explain", v -> explain = v, "Write the source map instead of the document: each generated JSON "
        + "pointer with the GAL file, line and column it came from.");
    ruleSources.addTo(options);
    options.standardHelp();
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    Document document;
    try {
      document = ExportInput.load(config);
      if (output != null) {
        refuseToOverwriteConfig();
        AtomicFiles.requireWritable(output);
      }
    } catch (UsageException e) {
      RuleSourceOptions.report(console.err(), e);
      return ExitCode.USAGE.code();
    }
    Optional<dev.gal.engine.RuleSources.Rules> ruleSet = ruleSources.loadOrReport(console.err(), config);
    if (ruleSet.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    // the lint gate reports as for the target written: what a template carries is not dropped
    LintReport report = ConfigLint.lint(ruleSet.get().forTarget(target), config, GeneratedDocumentStage::new);
    long errors = ConfigLint.errors(report);
    printFindings(report);
    if (report.hasToolErrors()) {
      return ExitCode.USAGE.code();
    }
    if (document == null || errors > 0 && !force) {
      console.err().println("gal: %d error%s in %s; nothing was written (fix them, or pass --force)"
          .formatted(errors, errors == 1 ? "" : "s", config));
      console.err().flush();
      return ExitCode.FINDINGS.code();
    }
    if (errors > 0) {
      console.err().println("gal: WARNING: writing the export despite %d error%s (--force); AWS will likely reject it"
          .formatted(errors, errors == 1 ? "" : "s"));
    }
    GalConfig galConfig = new GalConfig(document);
    long maxTimeoutMs = ExportTimeoutLimit.of(galConfig, ruleSet.get().registry(), ruleSet.get().settings());
    GeneratedDocument generated = target == ExportTarget.CLOUDFORMATION
        ? new CloudFormationGenerator(stageVariables, maxTimeoutMs).generate(galConfig)
        : new OpenApiGenerator(stageVariables, maxTimeoutMs).generate(galConfig);
    String stem = target == ExportTarget.CLOUDFORMATION ? "template." : "api.";
    String body = output == null ? stem + format.name().toLowerCase(java.util.Locale.ROOT) : output.toString();
    JsonNode written = explain ? sourceMap(generated, document, body) : generated.document();
    AtomicFiles.Content content = out -> OpenApiWriter.write(written, format, out);
    if (output == null) {
      content.writeTo(console.out());
    } else {
      AtomicFiles.write(output, content);
      console.err().println("gal: wrote " + output);
    }
    if (!explain) {
      printDeployCommands(generated.deployment(), body);
    }
    console.err().flush();
    return ExitCode.CLEAN.code();
  }

  private void refuseToOverwriteConfig() throws UsageException, IOException {
    if (!force && Files.exists(output) && Files.isSameFile(output, config)) {
      throw new UsageException("--output names the config itself; refusing to overwrite it without --force");
    }
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

  /** The endpoint type and stage are import and deployment parameters, not part of the document: say how to pass them. */
  private void printDeployCommands(Deployment deployment, String body) {
    console.err().println("gal: deploy it as configured with:");
    for (String command : deployment.commands(body)) {
      console.err().println("  " + command);
    }
  }

  /**
   * The source map in the chosen format: each generated JSON pointer with the
   * GAL line and column it came from, and each import or deployment parameter
   * with the GAL node it came from.
   */
  private static JsonNode sourceMap(GeneratedDocument generated, Document document, String body) {
    ObjectNode map = JsonNodeFactory.instance.objectNode();
    map.put("formatVersion", 1);
    map.put("source", document.source().displayPath());
    ArrayNode entries = map.putArray("entries");
    for (Map.Entry<JsonPointer, List<JsonPointer>> entry : generated.sourceMap().entries().entrySet()) {
      for (JsonPointer source : entry.getValue()) {
        located(entries.addObject().put("generated", entry.getKey().toString()), source, document);
      }
    }
    ObjectNode deployment = map.putObject("deployment");
    ArrayNode commands = deployment.putArray("commands");
    generated.deployment().commands(body).forEach(commands::add);
    ArrayNode parameters = deployment.putArray("parameters");
    for (Deployment.Parameter parameter : generated.deployment().parameters()) {
      located(parameters.addObject().put("command", parameter.command()).put("option", parameter.option())
          .put("value", parameter.value()), parameter.source(), document);
    }
    return map;
  }

  private static void located(ObjectNode entry, JsonPointer source, Document document) {
    SourcePosition at = document.positions().locate(source).keyOrValue().start();
    entry.put("pointer", source.toString()).put("line", at.line()).put("column", at.column());
  }
}
