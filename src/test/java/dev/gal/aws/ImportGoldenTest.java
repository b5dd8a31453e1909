package dev.gal.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * gal import on documents written by others: fixtures/import/CASE/args holds
 * one argument per line; stdout (the config), stderr (the findings and the
 * summary) and exit hold what the run must give. Every config written lints
 * and exports without an error, and every finding has a line and column. To
 * rewrite the golden files on purpose:
 * mvn test -Dtest=ImportGoldenTest -Dgal.updateGolden=true
 */
class ImportGoldenTest {
  private static final boolean UPDATE = TestSupport.updateRequested("gal.updateGolden");
  private static final Path CASES = TestSupport.root().resolve("fixtures/import");

  @TempDir
  Path dir;

  static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(d -> Files.exists(d.resolve("args"))).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesItsGoldenFiles() throws IOException {
    List<Path> cases = cases();
    assertTrue(cases.size() >= 10, "golden cases are missing");
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private void check(Path dir) throws IOException {
    TestSupport.Run run = TestSupport.goldenCase(dir, UPDATE);
    String[] args = Files.readAllLines(dir.resolve("args")).stream().filter(a -> !a.isEmpty()).toArray(String[]::new);
    assertEquals(run, TestSupport.cli(args), "import is deterministic");
    for (String line : run.stderr().split("\n")) {
      boolean finding = line.contains("GAL-IMPORT-");
      assertTrue(!finding || line.matches("\\S+:\\d+:\\d+: warning GAL-IMPORT-001 not representable in GAL: .*"), "located: " + line);
      assertFalse(line.contains("Exception") || line.contains("checked:"), line);
    }
    if (run.exitCode() == 0) {
      Path config = this.dir.resolve(dir.getFileName() + ".yaml");
      Files.writeString(config, run.stdout());
      TestSupport.Run lint = TestSupport.cli("lint", "--fail-on", "error", config.toString());
      assertEquals(0, lint.exitCode(), "the imported config lints without errors:\n" + lint.stdout());
      TestSupport.Run export = TestSupport.cli("export", config.toString());
      assertEquals(0, export.exitCode(), "the imported config exports:\n" + export.stderr());
    }
  }
}
