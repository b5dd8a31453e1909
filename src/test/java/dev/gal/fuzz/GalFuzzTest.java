package dev.gal.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gal.EmittedRuleIds;
import dev.gal.aws.OpenApiGenerator;
import dev.gal.aws.OpenApiImporter;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.FileReport;
import dev.gal.engine.InputFile;
import dev.gal.engine.LintEngine;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.engine.ToolNotice;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.DocumentKind;
import dev.gal.model.GalConfig;
import dev.gal.model.OpenApiDocument;
import dev.gal.model.TextEdit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the whole path a file takes: loading (YAML or JSON), the schema and
 * OpenAPI stages, every rule, export of GAL configs and import of OpenAPI
 * documents. Any exception, any rule that fails, any finding whose rule id
 * gal rules does not list, and any fix that leaves a readable file
 * unreadable, is a crash. Seeds are in
 * src/test/resources/dev/gal/fuzz/GalFuzzTestInputs/, taken from fixtures/.
 * mvn verify runs a short pass; mvn test -Pfuzz-long runs GalLongFuzzTest for 30 minutes.
 */
class GalFuzzTest {
  private static final RuleRegistry REGISTRY = RuleRegistry.builtIn();
  private static final LoadLimits LIMITS = new LoadLimits(1_000_000, 64, 10_000, 20, 100_000);

  @FuzzTest(maxDuration = "20s")
  void lintExportImport(FuzzedDataProvider data) {
    run(data);
  }

  /** Each fix, made alone, leaves a file that reads without a GAL-LOAD finding; a few per input keep the pass fast. */
  private static void keepsTheFileReadable(FileReport report, Loader loader, String name) {
    report.allFindings().filter(f -> f.fix() != null).limit(8).forEach(finding -> {
      String fixed = TextEdit.applyAll(report.source().text(), finding.fix().edits());
      LoadResult reloaded = loader.load(fixed.getBytes(StandardCharsets.UTF_8), name);
      if (!reloaded.findings().isEmpty()) {
        throw new IllegalStateException("the fix of %s made the file unreadable: %s".formatted(finding.rule().id(),
            reloaded.findings().get(0).message()));
      }
    });
  }

  /** The fuzz target, shared with the long pass. */
  static void run(FuzzedDataProvider data) {
    boolean json = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    String name = json ? "fuzz.json" : "fuzz.yaml";
    Loader loader = new Loader(LIMITS);
    LoadResult loaded = loader.load(bytes, name);
    List<ToolNotice> notices = new ArrayList<>();
    FileReport report = new LintEngine(REGISTRY, loader, RuleSettings.DEFAULTS, GeneratedDocumentStage::new)
        .check(new InputFile(null, name, true), loaded, notices);
    EmittedRuleIds.check(report.findings(), REGISTRY);
    if (loaded.findings().isEmpty()) {
      keepsTheFileReadable(report, loader, name);
    }
    for (ToolNotice notice : notices) {
      if (notice.level() == ToolNotice.Level.ERROR) {
        throw new IllegalStateException("a rule crashed: " + notice.message());
      }
    }
    for (Document document : loaded.documents()) {
      if (document.kind() == DocumentKind.OPENAPI) {
        EmittedRuleIds.check(new OpenApiImporter(null).read(new OpenApiDocument(document)).dropped(), REGISTRY);
      } else {
        new OpenApiGenerator().generate(new GalConfig(document));
      }
    }
  }
}
