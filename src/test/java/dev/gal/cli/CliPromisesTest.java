package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user found on a fresh clone: commands that said "all clear" or
 * "internal error" where they should have said what is wrong, with exit 2.
 */
class CliPromisesTest {
  private static final String PETSTORE = "examples/petstore.yaml";
  private static final String OPENAPI = "fixtures/corpus/awsdocs__create-api-using-swagger__0.json";

  @TempDir
  Path dir;

  private static void assertUsageError(TestSupport.Run run, String expected) {
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains(expected), run.stderr());
    assertPlainWords(run.stderr());
  }

  /** No exception class names, no "internal error", no redacted parser text. */
  static void assertPlainWords(String stderr) {
    for (String forbidden : new String[] {"internal error", "Exception", "REDACTED", "please report"}) {
      assertFalse(stderr.contains(forbidden), "'" + forbidden + "' in: " + stderr);
    }
  }

  @Test
  void exportRefusesAnOpenApiDocumentAndWritesNothing() {
    Path out = dir.resolve("out.json");
    TestSupport.Run run = TestSupport.cli("export", "-o", out.toString(), OPENAPI);
    assertUsageError(run, "is an OpenAPI document; export takes a GAL config");
    assertTrue(run.stderr().contains("gal import"), run.stderr());
    assertFalse(Files.exists(out));
  }

  @Test
  void exportRefusesAnotherProvider() throws Exception {
    Path kong = dir.resolve("kong.yaml");
    Files.writeString(kong, TestSupport.read(Path.of(PETSTORE)).replace("provider: aws_apigateway", "provider: kong"));
    TestSupport.Run run = TestSupport.cli("export", kong.toString());
    assertUsageError(run, "has provider: kong; export writes AWS API Gateway documents");
    assertEquals("", run.stdout());
  }

  @Test
  void exportRefusesAFolder() {
    assertUsageError(TestSupport.cli("export", dir.toString()), "is a folder, not a GAL config file");
  }

  @Test
  void exportCheckRefusesMissingFilesFoldersAndNoArguments() {
    assertUsageError(TestSupport.cli("export-check", dir.resolve("nope.yaml").toString()), "nope.yaml: no such file");
    assertUsageError(TestSupport.cli("export-check", "."), "is a folder");
    assertUsageError(TestSupport.cli("export-check"), "export-check takes the GAL config files to check");
  }

  @Test
  void exportCheckSaysToFixErrorsFirst() throws Exception {
    Path config = dir.resolve("api.yaml");
    Files.copy(Path.of("fixtures/cli/inputs/timeout-30000.yaml"), config);
    Files.writeString(dir.resolve("api.openapi.json"), "{}\n");
    TestSupport.Run run = TestSupport.cli("export-check", config.toString());
    assertEquals(1, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("has errors, so " + dir.resolve("api.openapi.json") + " cannot be regenerated; fix them first"),
        run.stderr());
  }

  @Test
  void anOutputPathThatCannotBeWrittenIsAPlainUsageError() {
    assertUsageError(TestSupport.cli("lint", "-o", dir.resolve("missing/dir/r.txt").toString(), PETSTORE), "does not exist");
    assertUsageError(TestSupport.cli("lint", "-o", dir.toString(), PETSTORE), "is a folder, not a file");
    assertUsageError(TestSupport.cli("export", "-o", dir.resolve("missing/api.json").toString(), PETSTORE), "does not exist");
    assertUsageError(TestSupport.cli("import", "-o", dir.resolve("missing/api.yaml").toString(), OPENAPI), "does not exist");
  }

  @Test
  void printConfigOfAMissingFileIsAUsageError() {
    assertUsageError(TestSupport.cli("lint", "--print-config", dir.resolve("missing.yaml").toString()), "no such file");
  }

  @Test
  void sarifRootMustExist() {
    assertUsageError(TestSupport.cli("lint", "--format", "sarif", "--sarif-root", dir.resolve("none").toString(), PETSTORE),
        "--sarif-root");
  }

  @Test
  void aFileOutsideTheSarifRootGetsAnAbsoluteUriAndANotice() throws Exception {
    Path root = Files.createDirectories(dir.resolve("repo"));
    Path outside = dir.resolve("cors.yaml");
    Files.copy(Path.of("fixtures/cli/inputs/timeout-30000.yaml"), outside);
    TestSupport.Run run = TestSupport.cli("lint", "--format", "sarif", "--sarif-root", root.toString(), outside.toString());
    JsonNode sarif = new ObjectMapper().readTree(run.stdout());
    String uri = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
    assertEquals(outside.toUri().toASCIIString(), uri);
    assertFalse(run.stdout().contains("\"../"), "no climbing relative URI");
    assertTrue(run.stderr().contains("is outside the SARIF root"), run.stderr());
  }

  @Test
  void explainFollowsFormat() throws Exception {
    TestSupport.Run run = TestSupport.cli("export", "--explain", "--format", "yaml", PETSTORE);
    assertEquals(0, run.exitCode(), run.stderr());
    assertFalse(run.stdout().startsWith("{"), run.stdout());
    JsonNode map = new YAMLMapper().readTree(run.stdout());
    assertEquals(1, map.path("formatVersion").asInt());
    assertTrue(map.path("entries").size() > 0);
  }

  @Test
  void ciFormatsShowAMissingPath() {
    String missing = dir.resolve("missing.yaml").toString();
    TestSupport.Run junit = TestSupport.cli("lint", "--format", "junit", missing);
    assertEquals(2, junit.exitCode());
    assertTrue(junit.stdout().contains("errors=\"1\""), junit.stdout());
    assertTrue(junit.stdout().contains("<error type=\"run problem\" message=\"no such file or directory\""), junit.stdout());
    TestSupport.Run github = TestSupport.cli("lint", "--format", "github", missing);
    assertEquals(2, github.exitCode());
    assertTrue(github.stdout().contains("::error title=gal::" + missing + ": no such file or directory"), github.stdout());
  }

  @Test
  void anUnreadableFolderInsideALintedTreeIsExit2() throws Exception {
    // Root reads every folder, so this can only be shown as another user.
    org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
    Path locked = Files.createDirectories(dir.resolve("tree/locked"));
    Files.copy(Path.of(PETSTORE), dir.resolve("tree/ok.yaml"));
    assertTrue(locked.toFile().setReadable(false, false));
    try {
      TestSupport.Run run = TestSupport.cli("lint", dir.resolve("tree").toString());
      assertUsageError(run, "could not be read: permission denied");
    } finally {
      locked.toFile().setReadable(true, false);
    }
  }

  @Test
  void aNamedPathThatIsNeitherFileNorFolderIsExit2() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    assertUsageError(TestSupport.cli("lint", fifo.toString()), "not a regular file or folder");
  }

  @Test
  void ioProblemsAreSaidInWords() {
    assertEquals("x.yaml: permission denied", dev.gal.io.IoProblems.describe(new java.nio.file.AccessDeniedException("x.yaml")));
    assertEquals("x.yaml: no such file or folder", dev.gal.io.IoProblems.describe(new java.nio.file.NoSuchFileException("x.yaml")));
    assertEquals("d: is a directory",
        dev.gal.io.IoProblems.describe(new java.nio.file.FileSystemException("d", null, "Is a directory")));
  }
}
