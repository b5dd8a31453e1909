package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    String[] args = Files.readAllLines(dir.resolve("args")).stream().filter(a -> !a.isEmpty()).toArray(String[]::new);
    TestSupport.Run run = TestSupport.cli(args);
    if (UPDATE) {
      Files.writeString(dir.resolve("stdout"), run.stdout());
      Files.writeString(dir.resolve("stderr"), run.stderr());
      Files.writeString(dir.resolve("exit"), run.exitCode() + "\n");
    }
    assertAll(
        () -> assertEquals(Files.readString(dir.resolve("exit")).strip(), String.valueOf(run.exitCode()), "exit code"),
        () -> assertEquals(Files.readString(dir.resolve("stdout")), run.stdout(), "stdout"),
        () -> assertEquals(Files.readString(dir.resolve("stderr")), run.stderr(), "stderr"));
  }
}
