package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gal lint --fix: what it writes, what it leaves alone, and what --diff shows instead. */
class FixCommandTest {
  /** Three safe fixes (a misspelt key, two values in the wrong case) among comments, quotes, CRLF and a BOM. */
  private static final String FIXABLE = """
      \uFEFF# the orders API\r
      version: "1.0"\r
      provider: aws_apigateway\r
      global_config:\r
        aws_apigateway:\r
          endpoint_type: 'regional'   # keep me\r
          integration_timout_ms: 10000\r
          cors_allow_origins: ["https://app.example.com"]\r
      services:\r
        - name: pets\r
          type: rest\r
          protocol: https\r
          upstream: {host: pets.example.com, port: 443}\r
          routes:\r
            - path_prefix: /pets\r
              methods: [get, HEAD]  # flow\r
      """;
  private static final String FIXED = FIXABLE.replace("'regional'", "'REGIONAL'")
      .replace("integration_timout_ms", "integration_timeout_ms").replace("[get, HEAD]", "[GET, HEAD]");

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private static String read(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  @Test
  void fixesInPlaceKeepingEveryOtherByte() throws Exception {
    Path config = write("orders.yaml", FIXABLE);
    TestSupport.Run run = TestSupport.cli("lint", "--fix", config.toString());
    assertArrayEquals(FIXED.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(config), read(config));
    assertTrue(run.stdout().endsWith("1 file checked: 0 errors, 0 warnings, 1 info; 3 fixes applied\n"), run.stdout());
    assertEquals(0, run.exitCode(), run.stdout());
    TestSupport.Run again = TestSupport.cli("lint", "--fix", config.toString());
    assertTrue(again.stdout().endsWith("; 0 fixes applied\n"), again.stdout());
  }

  @Test
  void diffShowsTheFixesAndWritesNothing() throws Exception {
    Path config = write("orders.yaml", FIXABLE);
    TestSupport.Run run = TestSupport.cli("lint", "--fix", "--diff", config.toString());
    assertEquals(FIXABLE, read(config));
    assertTrue(run.stdout().startsWith("--- " + config + "\n+++ " + config + "\n@@ -3,8 +3,8 @@\n"), run.stdout());
    assertTrue(run.stdout().contains("-    endpoint_type: 'regional'   # keep me\r\n-    integration_timout_ms: 10000\r\n"
        + "+    endpoint_type: 'REGIONAL'   # keep me\r\n+    integration_timeout_ms: 10000\r\n"), run.stdout());
    assertEquals("gal: 3 fixes in 1 file shown as a diff; nothing was written\n", run.stderr());
    assertEquals(1, run.exitCode(), "the file as it is has errors");
  }

  @Test
  void aFileThatDoesNotReadCleanlyIsNeverFixed() throws Exception {
    String broken = FIXABLE + "---\r\nversion: [unclosed\r\n";
    Path bad = write("broken.yaml", broken);
    Path duplicate = write("duplicate.yaml", FIXABLE + "version: \"1.0\"\r\n");
    Path good = write("good.yaml", FIXABLE);
    TestSupport.Run run = TestSupport.cli("lint", "--fix", bad.toString(), duplicate.toString(), good.toString());
    assertEquals(broken, read(bad));
    assertEquals(FIXABLE + "version: \"1.0\"\r\n", read(duplicate));
    assertEquals(FIXED, read(good), "each file is fixed on its own");
    assertEquals(1, run.exitCode());
  }

  @Test
  void fixesThatChangeWhatTheApiDoesNeedUnsafeFixes() throws Exception {
    Path config = write("orders.yaml", FIXED.replace("integration_timeout_ms: 10000", "integration_timeout_ms: 45000"));
    TestSupport.Run safe = TestSupport.cli("lint", "--fix", config.toString());
    assertTrue(read(config).contains("integration_timeout_ms: 45000\r\n"), read(config));
    assertTrue(safe.stdout().endsWith("; 0 fixes applied (1 more with --unsafe-fixes)\n"), safe.stdout());
    assertEquals(1, safe.exitCode());
    TestSupport.Run unsafe = TestSupport.cli("lint", "--fix", "--unsafe-fixes", config.toString());
    assertTrue(read(config).contains("integration_timeout_ms: 29000\r\n"), read(config));
    assertTrue(unsafe.stdout().endsWith("; 1 fix applied\n"), unsafe.stdout());
    assertEquals(0, unsafe.exitCode());
  }

  @Test
  void twoMisspellingsOfOneKeyAreNotBothRenamedToIt() throws Exception {
    String twice = FIXABLE.replace("methods: [get, HEAD]  # flow\r\n", "method: [GET]\r\n        methds: [HEAD]\r\n");
    Path config = write("twice.yaml", twice);
    TestSupport.Run run = TestSupport.cli("lint", "--fix", config.toString());
    assertTrue(read(config).contains("        methods: [GET]\r\n        methds: [HEAD]\r\n"), read(config));
    assertTrue(run.stdout().contains("unknown key 'methds'"), run.stdout());
  }

  @Test
  void spellingIsFixedBeforeTheRulesReadIt() throws Exception {
    Path config = write("cors.yaml", FIXABLE.replace("cors_allow_origins: [\"https://app.example.com\"]\r\n",
        "cors_allow_origins: [\"https://app.example.com\"]\r\n    cors_allow_methods: [GET]\r\n")
        .replace("methods: [get, HEAD]", "methods: [get, delete]"));
    TestSupport.cli("lint", "--fix", config.toString());
    assertTrue(read(config).contains("cors_allow_methods: [GET, DELETE]\r\n"), "CORS lists the method as corrected, once: " + read(config));
  }

  @Test
  void aFileThatIsNoGalConfigIsLintedButNotFixed() throws Exception {
    Path compose = write("compose.yaml", "servics:\n  web: {image: nginx}\n");
    TestSupport.Run run = TestSupport.cli("lint", "--fix", compose.toString());
    assertTrue(run.stdout().contains("did you mean 'services'?"), run.stdout());
    assertEquals("servics:\n  web: {image: nginx}\n", read(compose));
  }

  @Test
  void suppressedFindingsAreNotFixed() throws Exception {
    String disabled = FIXABLE.replace("    integration_timout_ms", "    # gal-lint-disable-next-line GAL-SCHEMA-001 -- read by our fork\r\n"
        + "    integration_timout_ms");
    Path inline = write("inline.yaml", disabled);
    TestSupport.cli("lint", "--fix", inline.toString());
    assertEquals(disabled.replace("'regional'", "'REGIONAL'").replace("[get, HEAD]", "[GET, HEAD]"), read(inline));

    Path baselined = write("baselined.yaml", FIXABLE);
    Path baseline = dir.resolve("baseline.json");
    assertEquals(0, TestSupport.cli("lint", "--write-baseline", baseline.toString(), baselined.toString()).exitCode());
    TestSupport.Run run = TestSupport.cli("lint", "--fix", "--baseline", baseline.toString(), baselined.toString());
    assertEquals(FIXABLE, read(baselined), run.stdout());
  }

  @Test
  void writesOnlyTheLintedFileKeepingItsModeAndLinks() throws Exception {
    Path target = write("orders.yaml", FIXABLE);
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target.getFileName());
    Path untouched = write("other.txt", "not linted\n");
    Files.setLastModifiedTime(untouched, java.nio.file.attribute.FileTime.fromMillis(0));
    Map<String, String> before = listing();
    assertEquals(0, TestSupport.cli("lint", "--fix", link.toString()).exitCode());
    assertEquals(FIXED, read(target));
    assertTrue(Files.isSymbolicLink(link), "the link still links");
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(0, Files.getLastModifiedTime(untouched).toMillis());
    assertEquals(before.keySet(), listing().keySet(), "no file is added or left behind");
  }

  private Map<String, String> listing() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      Map<String, String> names = new TreeMap<>();
      files.forEach(f -> names.put(f.getFileName().toString(), ""));
      return names;
    }
  }

  @Test
  void fixOptionsNeedFixAndDiffTakesNoReportFormat() throws Exception {
    Path config = write("orders.yaml", FIXABLE);
    for (List<String> args : List.of(List.of("--diff"), List.of("--unsafe-fixes"), List.of("--fix", "--diff", "--format", "json"))) {
      List<String> all = new java.util.ArrayList<>(List.of("lint"));
      all.addAll(args);
      all.add(config.toString());
      TestSupport.Run run = TestSupport.cli(all.toArray(String[]::new));
      assertEquals(2, run.exitCode(), run.stderr());
      assertTrue(run.stderr().startsWith("gal: --"), run.stderr());
    }
    assertEquals(FIXABLE, read(config));
  }
}
