package dev.gal.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * gal import: export(import(export(c))) is byte-identical to export(c) for every
 * example and export fixture, the imported config lints without errors, and
 * every corpus document gives a lint-clean config or located findings.
 */
class ImportTest {
  @TempDir
  Path dir;

  static List<Path> configs() throws Exception {
    List<Path> configs = new ArrayList<>();
    try (Stream<Path> examples = Files.list(TestSupport.root().resolve("examples"))) {
      examples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(configs::add);
    }
    configs.addAll(ExportGoldenTest.cases().stream().map(c -> c.resolve("gal.yaml")).toList());
    return configs;
  }

  @TestFactory
  Stream<DynamicTest> exportImportExportIsByteIdentical() throws Exception {
    return configs().stream().map(config -> DynamicTest.dynamicTest(TestSupport.root().relativize(config).toString(), () -> {
      Path first = dir.resolve(config.getParent().getFileName() + "-" + config.getFileName() + ".json");
      Path imported = dir.resolve(config.getParent().getFileName() + "-" + config.getFileName() + ".gal.yaml");
      assertEquals(0, TestSupport.cli("export", "-o", first.toString(), config.toString()).exitCode());
      TestSupport.Run run = TestSupport.cli("import", "-o", imported.toString(), first.toString());
      assertEquals(0, run.exitCode(), run.stderr());
      assertFalse(run.stderr().contains("GAL-IMPORT-001"), "nothing is dropped from gal's own export: " + run.stderr());
      TestSupport.Run second = TestSupport.cli("export", imported.toString());
      assertEquals(0, second.exitCode(), second.stderr());
      assertEquals(Files.readString(first), second.stdout());
      assertEquals(0, TestSupport.cli("lint", "--fail-on", "error", imported.toString()).exitCode());
      assertEquals(Files.readString(imported), TestSupport.cli("import", first.toString()).stdout(), "import is deterministic");
    }));
  }

  /** gal export --stage-variables writes https://${stageVariables.SERVICE_upstream}/path; import reads it back. */
  @TestFactory
  Stream<DynamicTest> stageVariableExportsImportBack() throws Exception {
    return configs().stream().map(config -> DynamicTest.dynamicTest(TestSupport.root().relativize(config).toString(), () -> {
      Path first = dir.resolve(config.getParent().getFileName() + "-" + config.getFileName() + ".sv.json");
      Path imported = dir.resolve(config.getParent().getFileName() + "-" + config.getFileName() + ".sv.gal.yaml");
      assertEquals(0, TestSupport.cli("export", "--stage-variables", "-o", first.toString(), config.toString()).exitCode());
      TestSupport.Run run = TestSupport.cli("import", "-o", imported.toString(), first.toString());
      assertEquals(0, run.exitCode(), run.stderr());
      assertFalse(run.stderr().contains("GAL-IMPORT-001"), "nothing is dropped from gal's own export: " + run.stderr());
      TestSupport.Run lint = TestSupport.cli("lint", "--fail-on", "error", imported.toString());
      assertEquals(0, lint.exitCode(), lint.stdout());
      TestSupport.Run second = TestSupport.cli("export", "--stage-variables", imported.toString());
      assertEquals(0, second.exitCode(), second.stderr());
      assertEquals(Files.readString(first), second.stdout());
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusDocumentImportsOrExplainsWhyNot() throws Exception {
    List<Path> documents;
    try (Stream<Path> files = Files.list(TestSupport.corpus())) {
      documents = files.filter(p -> p.toString().matches(".*\\.(json|yaml)$")).sorted().toList();
    }
    return documents.stream().map(document -> DynamicTest.dynamicTest(document.getFileName().toString(), () -> {
      Path out = dir.resolve(document.getFileName() + ".gal.yaml");
      TestSupport.Run run = TestSupport.cli("import", "-o", out.toString(), document.toString());
      assertFalse(run.stderr().contains("Exception") || run.stderr().contains("internal error"), run.stderr());
      if (run.exitCode() == 0) {
        TestSupport.Run lint = TestSupport.cli("lint", "--fail-on", "error", out.toString());
        assertEquals(0, lint.exitCode(), "an imported config lints without errors:\n" + lint.stdout());
      } else {
        assertEquals(1, run.exitCode(), run.stderr());
        assertFalse(Files.exists(out), "nothing is written");
        assertTrue(run.stderr().matches("(?s).*:\\d+:\\d+: (warning|error) GAL-.*"), "located findings: " + run.stderr());
      }
    }));
  }

  @Test
  void droppedPartsAreReportedWithTheirLocation() {
    TestSupport.Run run = TestSupport.cli("import",
        TestSupport.corpus().resolve("awsdocs__set-up-api-with-vpclink-using-swagger__0.json").toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("warning GAL-IMPORT-001 not representable in GAL: the VPC link of"), run.stderr());
  }

  @Test
  void neverOverwritesWithoutForce() throws Exception {
    Path first = dir.resolve("api.json");
    Path target = dir.resolve("gal.yaml");
    TestSupport.cli("export", "-o", first.toString(), "examples/petstore.yaml");
    Files.writeString(target, "keep me\n");
    assertEquals(2, TestSupport.cli("import", "-o", target.toString(), first.toString()).exitCode());
    assertEquals("keep me\n", Files.readString(target));
    assertEquals(0, TestSupport.cli("import", "--force", "-o", target.toString(), first.toString()).exitCode());
    assertTrue(Files.readString(target).startsWith("# Imported by gal import from api.json."));
  }

  @Test
  void aServiceNameWithoutCharactersIsAUsageError() throws Exception {
    Path first = dir.resolve("api.json");
    TestSupport.cli("export", "-o", first.toString(), "examples/petstore.yaml");
    for (String name : List.of("", "  ", " shop", "shop\n")) {
      TestSupport.Run run = TestSupport.cli("import", "--service-name", name, first.toString());
      assertEquals(2, run.exitCode(), name + ": " + run.stderr());
      assertEquals("", run.stdout());
      assertTrue(run.stderr().startsWith("gal: Invalid value for option '--service-name': '"), run.stderr());
      assertTrue(run.stderr().endsWith("Try 'gal import --help' for more information.\n"), run.stderr());
    }
  }

  @Test
  void serviceNameOption() throws Exception {
    Path first = dir.resolve("api.json");
    TestSupport.cli("export", "-o", first.toString(), "fixtures/export/multi-service-any/gal.yaml");
    String config = TestSupport.cli("import", "--service-name", "shop", first.toString()).stdout();
    assertTrue(config.contains("- name: shop\n") && config.contains("- name: shop-2\n"), config);
  }
}
