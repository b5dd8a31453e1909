package dev.gal.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baselines behave as users of ESLint's and ruff's know them: file names do not
 * depend on the current directory, and a run over some files neither reports
 * nor drops the entries of the others.
 */
class BaselineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path repo;

  @TempDir
  Path scratch;

  private GatewayFolder gateway;
  private Path baseline;

  @BeforeEach
  void copyConfigs() throws Exception {
    gateway = GatewayFolder.copyInto(repo);
    baseline = repo.resolve("b.json");
  }

  @Test
  void entriesAreRelativeToTheBaselineFolderWhateverTheCurrentDirectory() throws Exception {
    galIn(repo, "lint", "--write-baseline", "b.json", "gateway");
    assertTrue(Files.readString(baseline).contains("\"file\":\"gateway/orders.yaml\""), Files.readString(baseline));
    TestSupport.Run run = galIn(gateway.orders().getParent(), "lint", "--format", "json", "--baseline", "../b.json", ".");
    assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
    JsonNode report = JSON.readTree(run.stdout());
    assertEquals(0, report.path("findings").size(), run.stdout());
    assertEquals(0, report.path("notices").size(), "nothing is reported as fixed: " + run.stdout());
  }

  @Test
  void onlyEntriesOfLintedFilesAreReportedAsFixed() throws Exception {
    TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.orders().toString(), gateway.pets().toString());
    long petsEntries = entriesOf("gateway/pets.yaml");
    TestSupport.Run run = TestSupport.cli("lint", "--baseline", baseline.toString(), gateway.orders().toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertFalse(run.stderr().contains("fixed"), run.stderr());

    Files.writeString(gateway.orders(), Files.readString(gateway.orders()).replace("30000", "20000"));
    Files.delete(gateway.pets());
    run = TestSupport.cli("lint", "--baseline", baseline.toString(), gateway.orders().toString());
    List<String> notes = noteLines(run.stderr());
    assertTrue(notes.contains("gal: note: " + gateway.orders() + ": fixed: AWS-INT-001 at /global_config/aws_apigateway/integration_timeout_ms"
        + " is no longer reported; remove it from the baseline (--write-baseline)"), notes.toString());
    assertTrue(notes.stream().allMatch(n -> n.startsWith("gal: note: " + gateway.orders() + ": fixed: ")), notes.toString());
    run = TestSupport.cli("lint", "--baseline", baseline.toString(), gateway.orders().getParent().toString());
    assertEquals(notes.size() + petsEntries, noteLines(run.stderr()).size(), "and the deleted file's entries:\n" + run.stderr());
  }

  private static List<String> noteLines(String stderr) {
    return stderr.lines().filter(l -> l.startsWith("gal: note:")).toList();
  }

  @Test
  void writingTheBaselineForOneFileKeepsTheOthersEntries() throws Exception {
    TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.orders().toString(), gateway.pets().toString());
    assertEquals(List.of("gateway/orders.yaml", "gateway/pets.yaml"), baselineFiles().stream().distinct().toList());
    long petsEntries = entriesOf("gateway/pets.yaml");
    long ordersBefore = entriesOf("gateway/orders.yaml");
    Files.writeString(gateway.orders(), Files.readString(gateway.orders()).replace("30000", "20000"));
    TestSupport.Run run = TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.orders().toString());
    long ordersAfter = entriesOf("gateway/orders.yaml");
    assertEquals(ordersBefore - 1, ordersAfter, "the fixed timeout error is gone from the baseline");
    assertTrue(run.stderr().contains("wrote %d entries for 1 linted file to the baseline %s; kept %d entries of files not linted in this run"
        .formatted(ordersAfter, baseline, petsEntries)), run.stderr());
    assertEquals(petsEntries, entriesOf("gateway/pets.yaml"), "the other file's entries are kept");
  }

  private long entriesOf(String file) throws Exception {
    return baselineFiles().stream().filter(file::equals).count();
  }

  @Test
  void writingTheBaselineOfADirectoryDropsTheEntriesOfDeletedFiles() throws Exception {
    TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.orders().getParent().toString());
    Files.delete(gateway.pets());
    TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.orders().getParent().toString());
    assertEquals(List.of("gateway/orders.yaml"), baselineFiles().stream().distinct().toList());
  }

  private List<String> baselineFiles() throws Exception {
    List<String> files = new ArrayList<>();
    JSON.readTree(baseline.toFile()).path("entries").forEach(e -> files.add(e.path("file").asText()));
    return files;
  }

  @Test
  void writingTheBaselineSucceedsWithExitZero() throws Exception {
    TestSupport.Run run = TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.orders().toString());
    assertEquals(0, run.exitCode(), "an error finding is recorded, not failed on: " + run.stderr());
    assertTrue(run.stdout().contains("AWS-INT-001"), "the report still lists what was recorded");
    assertEquals(2, TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.orders().toString(),
        repo.resolve("missing.yaml").toString()).exitCode());
    assertEquals(2, TestSupport.cli("lint", "--write-baseline", baseline.toString(), "--fail-on", "loud", gateway.orders().toString()).exitCode());
  }

  @Test
  void aRunWithErrorsLeavesTheBaselineAsItWas() throws Exception {
    TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.orders().toString());
    String before = Files.readString(baseline);
    TestSupport.Run run = TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.pets().toString(),
        repo.resolve("missing.yaml").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("not written"), run.stderr());
    assertEquals(before, Files.readString(baseline));
  }

  @Test
  void aCorruptBaselineIsNamedWithItsLineAndColumnInPlainWords() throws Exception {
    Files.writeString(baseline, "{\n  \"formatVersion\": 2,\n  \"entries\": [\n    {\"rule\": \"AWS-INT-001\" ]\n}\n");
    for (String option : List.of("--baseline", "--write-baseline")) {
      TestSupport.Run run = TestSupport.cli("lint", option, baseline.toString(), gateway.orders().toString());
      assertEquals(2, run.exitCode(), run.stderr());
      assertTrue(run.stderr().startsWith("gal: cannot read the baseline " + baseline + ": line 4, column 28: "), run.stderr());
      assertPlain(run.stderr());
    }
    Files.writeString(baseline, "{\"formatVersion\": 2, \"entries\": [\n  {\"rule\": \"AWS-INT-001\", \"file\": 7}\n]}\n");
    TestSupport.Run run = TestSupport.cli("lint", "--baseline", baseline.toString(), gateway.orders().toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains(": line 2, column 3: entry 1 needs the text fields rule, file, pointer and hash"), run.stderr());
    Files.writeString(baseline, "{\"formatVersion\": 2, \"entries\": [\n");
    assertPlain(TestSupport.cli("lint", "--baseline", baseline.toString(), gateway.orders().toString()).stderr());
    run = TestSupport.cli("lint", "--baseline", repo.resolve("none.json").toString(), gateway.orders().toString());
    assertEquals("gal: cannot read the baseline " + repo.resolve("none.json") + ": there is no such file\n", run.stderr());
  }

  private static void assertPlain(String stderr) {
    for (String jargon : List.of("REDACTED", "StreamReadFeature", "Exception", "Source:", "\tat ")) {
      assertFalse(stderr.contains(jargon), jargon + " in " + stderr);
    }
  }

  @Test
  void aFormatVersionOneBaselineStillMatches() throws Exception {
    // Version 1 named files as typed on the command line, here as absolute paths.
    List<String> lines = new ArrayList<>();
    TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.orders().toString());
    for (JsonNode entry : JSON.readTree(baseline.toFile()).path("entries")) {
      lines.add(entry.toString().replace("\"gateway/orders.yaml\"", JSON.writeValueAsString(gateway.orders().toString())));
    }
    Files.writeString(baseline, "{\"formatVersion\": 1, \"entries\": [" + String.join(",\n", lines) + "]}\n");
    TestSupport.Run run = TestSupport.cli("lint", "--baseline", baseline.toString(), gateway.orders().toString());
    assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
    assertFalse(run.stderr().contains("fixed"), run.stderr());
    TestSupport.cli("lint", "--write-baseline", baseline.toString(), gateway.pets().toString());
    assertTrue(Files.readString(baseline).startsWith("{\n  \"formatVersion\": 2,"));
    assertTrue(baselineFiles().contains("gateway/orders.yaml"), "kept entries are rewritten relative to the baseline");
  }

  /** gal in a separate JVM started in {@code dir}: the only way to change the current directory. */
  private TestSupport.Run galIn(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.gal.cli.Main"));
    command.addAll(List.of(args));
    Path out = scratch.resolve("stdout");
    Path err = scratch.resolve("stderr");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "gal finished");
    return new TestSupport.Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
