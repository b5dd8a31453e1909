package dev.gal.bench;

import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.FileReport;
import dev.gal.engine.InputFile;
import dev.gal.engine.LintEngine;
import dev.gal.engine.LintReport;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.engine.ToolNotice;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.DocumentKind;
import dev.gal.openapi.OpenApiStage;
import dev.gal.report.OutputFormat;
import dev.gal.report.ReportOptions;
import dev.gal.rule.Finding;
import dev.gal.schema.SchemaStage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine's stages, one benchmark each, on three inputs: the bundled
 * PetStore GAL config, the generated 2,250-operation OpenAPI document, and
 * the same document with an out-of-range timeout on every operation, which
 * gives 2,250 findings for the reporters to write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
  @Param({"petstore.yaml", "openapi-1x.json", "openapi-1x-findings.json"})
  public String input;

  private byte[] bytes;
  private Loader loader;
  private LintEngine engine;
  private LoadResult loaded;
  private Document document;
  private InputFile file;
  private LintReport report;

  @Setup
  public void setUp() throws IOException {
    bytes = Inputs.read(input);
    loader = new Loader(LoadLimits.DEFAULTS);
    engine = new LintEngine(RuleRegistry.builtIn(), loader, RuleSettings.DEFAULTS, GeneratedDocumentStage::new);
    loaded = loader.load(bytes, input);
    document = loaded.documents().get(0);
    file = new InputFile(Path.of(input), input, true);
    FileReport checked = engine.check(file, loaded, new ArrayList<>());
    report = new LintReport(List.of(checked), List.of(), engine.registry().allMeta());
  }

  /** Bytes to a tree with its position index. */
  @Benchmark
  public LoadResult parse() {
    return loader.load(bytes, input);
  }

  /** The JSON Schema stage of a GAL config, or the structural stage (swagger-parser, $ref checks) of an OpenAPI document. */
  @Benchmark
  public List<Finding> schema() {
    if (document.kind() == DocumentKind.OPENAPI) {
      List<Finding> findings = new ArrayList<>();
      new OpenApiStage(false).check(document, null, findings);
      return findings;
    }
    return SchemaStage.galConfig().validate(document);
  }

  /** Everything after loading: schema or structure, every rule, the generated document's rules, suppressions. */
  @Benchmark
  public FileReport rules() {
    List<ToolNotice> notices = new ArrayList<>();
    return engine.check(file, loaded, notices);
  }

  @Benchmark
  public Writer sarif() throws IOException {
    Writer out = Writer.nullWriter();
    OutputFormat.SARIF.reporter().write(report, new ReportOptions(false, false, Path.of("")), out);
    return out;
  }

  /** Where bench/jmh.sh put the inputs (gal.bench.inputs) and the repository (gal.bench.root). */
  static final class Inputs {
    private Inputs() {}

    static byte[] read(String name) throws IOException {
      if (name.equals("petstore.yaml")) {
        return Files.readAllBytes(Path.of(property("gal.bench.root"), "examples", name));
      }
      if (name.equals("openapi-1x-findings.json")) {
        String text = new String(read("openapi-1x.json"), StandardCharsets.UTF_8);
        return text.replace("\"timeoutInMillis\": 10000", "\"timeoutInMillis\": 40000").getBytes(StandardCharsets.UTF_8);
      }
      return Files.readAllBytes(Path.of(property("gal.bench.inputs"), name));
    }

    private static String property(String name) {
      String value = System.getProperty(name);
      if (value == null) {
        throw new IllegalStateException("-D" + name + " is not set; run the benchmarks with bench/jmh.sh");
      }
      return value;
    }
  }
}
