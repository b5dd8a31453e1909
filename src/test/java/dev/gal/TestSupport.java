package dev.gal;

import dev.gal.aws.OpenApiImporter;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.cli.Main;
import dev.gal.engine.FileReport;
import dev.gal.engine.InputFile;
import dev.gal.engine.LintEngine;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.engine.ToolNotice;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared helpers: the project root, in-process CLI runs and direct engine runs.
 * Every run's rule ids go through {@link EmittedRuleIds}.
 */
public final class TestSupport {
  private TestSupport() {}

  /** Maven runs tests from the project root. */
  public static Path root() {
    return Path.of("").toAbsolutePath();
  }

  /** Real-world AWS OpenAPI documents written by others (fixtures/corpus/SOURCES.md). */
  public static Path corpus() {
    return root().resolve("fixtures/corpus");
  }

  /** The result of one in-process CLI run. */
  public record Run(int exitCode, String stdout, String stderr) {}

  public static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    Run run = new Run(code, out.toString(), err.toString());
    EmittedRuleIds.check(args, run);
    return run;
  }

  /** Lints one file with the given registry, as the CLI would. */
  public static FileReport lint(Path file, String displayPath, RuleRegistry registry) {
    return lint(file, displayPath, registry, RuleSettings.DEFAULTS);
  }

  public static FileReport lint(Path file, String displayPath, RuleRegistry registry, RuleSettings settings) {
    try {
      LintEngine engine = new LintEngine(registry, new Loader(LoadLimits.DEFAULTS), settings, GeneratedDocumentStage::new);
      LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(file, displayPath);
      List<ToolNotice> notices = new ArrayList<>();
      FileReport report = engine.check(new InputFile(file, displayPath, true), loaded, notices);
      if (notices.stream().anyMatch(n -> n.level() == ToolNotice.Level.ERROR)) {
        throw new AssertionError("tool errors: " + notices);
      }
      EmittedRuleIds.check(report.findings(), registry);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What gal import reports about one OpenAPI file: the parts a GAL config cannot hold. */
  public static List<Finding> importFindings(Path file, String displayPath) {
    try {
      LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(file, displayPath);
      List<Finding> dropped = new OpenApiImporter(null).read(new OpenApiDocument(loaded.documents().get(0))).dropped();
      EmittedRuleIds.check(dropped, RuleRegistry.builtIn());
      return dropped;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small valid GAL config: one service on an HTTPS host with one GET route, /items. */
  public static final String SMALL_CONFIG = """
      version: "1.0"
      provider: aws_apigateway
      global_config:
        aws_apigateway:
          api_name: shop
      services:
        - name: shop
          type: rest
          protocol: https
          upstream: {host: shop.example.com, port: 443}
          routes:
            - path_prefix: /items
              methods: [GET]
      """;

  /**
   * Runs the golden case in {@code dir} (args: one argument per line) and
   * checks its exit code, stdout and stderr against the files beside it, or
   * rewrites them when {@code update}.
   */
  public static Run goldenCase(Path dir, boolean update) throws IOException {
    String[] args = Files.readAllLines(dir.resolve("args")).stream().filter(a -> !a.isEmpty()).toArray(String[]::new);
    Run run = cli(args);
    if (update) {
      Files.writeString(dir.resolve("stdout"), run.stdout());
      Files.writeString(dir.resolve("stderr"), run.stderr());
      Files.writeString(dir.resolve("exit"), run.exitCode() + "\n");
    }
    org.junit.jupiter.api.Assertions.assertAll(
        () -> org.junit.jupiter.api.Assertions.assertEquals(Files.readString(dir.resolve("exit")).strip(), String.valueOf(run.exitCode()), "exit code"),
        () -> org.junit.jupiter.api.Assertions.assertEquals(Files.readString(dir.resolve("stdout")), run.stdout(), "stdout"),
        () -> org.junit.jupiter.api.Assertions.assertEquals(Files.readString(dir.resolve("stderr")), run.stderr(), "stderr"));
    return run;
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean updateRequested(String property) {
    return Boolean.getBoolean(property);
  }
}
