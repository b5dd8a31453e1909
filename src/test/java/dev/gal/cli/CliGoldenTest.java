package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for output formats and exit codes: fixtures/cli/CASE/args holds
 * one argument per line; stdout, stderr and exit hold what the run must give.
 * To rewrite them on purpose: mvn test -Dtest=CliGoldenTest -Dgal.updateGolden=true
 */
class CliGoldenTest {
  private static final boolean UPDATE = TestSupport.updateRequested("gal.updateGolden");
  private static final Path CASES = TestSupport.root().resolve("fixtures/cli");

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesItsGoldenFiles() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(CASES)) {
      cases = dirs.filter(d -> Files.exists(d.resolve("args"))).sorted().toList();
    }
    assertTrue(cases.size() >= 10, "golden cases are missing");
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    TestSupport.goldenCase(dir, UPDATE);
  }

}
