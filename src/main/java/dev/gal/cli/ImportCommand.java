package dev.gal.cli;

import dev.gal.aws.GalYamlWriter;
import dev.gal.aws.OpenApiImporter;
import dev.gal.engine.FileReport;
import dev.gal.engine.LintReport;
import dev.gal.io.AtomicFiles;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.DocumentKind;
import dev.gal.model.OpenApiDocument;
import dev.gal.report.OutputFormat;
import dev.gal.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

final class ImportCommand implements Callable<Integer> {
  private Path input;
  private Path output;
  private String serviceName;
  private boolean force;

  private final Console console;

  ImportCommand(Console console) {
    this.console = console;
  }

  /** The command's picocli model, bound to this instance's fields. */
  CommandSpec spec() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("import").versionProvider(new VersionProvider());
    spec.usageMessage().description(
        "Writes a GAL config from an OpenAPI 3.x or Swagger 2.0 document.",
        "The document (YAML or JSON) has x-amazon-apigateway extensions, such as",
        "'aws apigateway get-export' writes. Every part a GAL config cannot hold is",
        "reported on stderr with its location.");
    ExitCode.listIn(spec, "the config was written (parts that were dropped are reported)",
        "the input is not an OpenAPI document, or no route of it can be expressed in GAL",
        "usage error, missing file, or an existing output without --force");
    CommandOptions options = new CommandOptions(spec);
    options.parameter("OPENAPI", Path.class, v -> input = v, "The OpenAPI document to import.");
    options.add("-o, --output", "FILE", Path.class, v -> output = v, "Write the GAL config to FILE, atomically, instead of standard output.");
    options.flag("--force", v -> force = v, "Overwrite an existing output file.");
    options.add("--service-name", "NAME", String.class, v -> serviceName = serviceName(v, spec),
        "Name the services NAME, NAME-2, ... instead of after their backends.");
    options.standardHelp();
    return spec;
  }

  /** The name, when it can name a service; else the usage error, as picocli reports a value it cannot convert. */
  private static String serviceName(String name, CommandSpec spec) {
    if (name.isBlank() || !name.equals(name.strip()) || name.chars().anyMatch(Character::isISOControl)) {
      throw new ParameterException(spec.commandLine(), ("Invalid value for option '--service-name': '%s'; a service name "
          + "needs at least one character and no leading or trailing space or control character, e.g. --service-name orders")
          .formatted(name.replaceAll("\\p{Cntrl}", "?")));
    }
    return name;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      console.err().println("gal: " + input + ": no such file");
      return ExitCode.USAGE.code();
    }
    if (output != null && Files.exists(output) && !force) {
      console.err().println("gal: " + output + " exists; pass --force to overwrite it");
      return ExitCode.USAGE.code();
    }
    if (output != null) {
      AtomicFiles.requireWritable(output);
    }
    String display = input.toString().replace('\\', '/');
    LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(input, display);
    if (!loaded.findings().isEmpty() || loaded.documents().size() != 1
        || loaded.documents().get(0).kind() != DocumentKind.OPENAPI) {
      LintReport problems = new LintReport(List.of(new FileReport(input, loaded.source(), loaded.findings())), List.of(), List.of());
      OutputFormat.TEXT.reporter().write(problems, new ReportOptions(false, true, Path.of("")), console.err());
      console.err().println("gal: %s is not one OpenAPI document (openapi: 3.x or swagger: \"2.0\")".formatted(display));
      return ExitCode.FINDINGS.code();
    }
    OpenApiImporter.Result result = new OpenApiImporter(serviceName).read(new OpenApiDocument(loaded.documents().get(0)));
    if (!result.dropped().isEmpty()) {
      LintReport dropped = new LintReport(List.of(new FileReport(input, loaded.source(), result.dropped())), List.of(), List.of());
      // quiet: the summary of a lint run ("1 file checked") would be the wrong one; the import's own follows.
      OutputFormat.TEXT.reporter().write(dropped, new ReportOptions(false, true, Path.of("")).withoutHelpLines(), console.err());
    }
    if (result.config().path("services").isEmpty()) {
      console.err().println("gal: %s: %s; nothing was written".formatted(display, result.operations() == 0
          ? "the document has no operations"
          : "none of its %s can be expressed in GAL%s".formatted(plural(result.operations(), "operation"), warnings(result))));
      return ExitCode.FINDINGS.code();
    }
    String source = input.getFileName().toString();
    if (output == null) {
      GalYamlWriter.write(result.config(), source, console.out());
    } else {
      AtomicFiles.write(output, out -> GalYamlWriter.write(result.config(), source, out));
    }
    console.err().println("gal: %s: imported %d of %s as %s in %s%s".formatted(display, result.imported(),
        plural(result.operations(), "operation"), plural(result.routes(), "route"), plural(result.services(), "service"),
        warnings(result)));
    if (output != null) {
      console.err().println("gal: wrote " + output);
    }
    console.err().flush();
    return ExitCode.CLEAN.code();
  }

  private static String warnings(OpenApiImporter.Result result) {
    return result.dropped().isEmpty() ? "" : " (%s above)".formatted(plural(result.dropped().size(), "warning"));
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
