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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint config, inline suppressions, config ignores and baselines, end to end through the CLI. */
class AdoptionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path repo;

  private Path timeout;
  private Path petstore;

  @BeforeEach
  void copyConfigs() throws Exception {
    GatewayFolder gateway = GatewayFolder.copyInto(repo);
    timeout = gateway.orders();
    petstore = gateway.pets();
  }

  private JsonNode lintJson(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("lint", "--format", "json"));
    all.addAll(List.of(args));
    return JSON.readTree(TestSupport.cli(all.toArray(String[]::new)).stdout());
  }

  private static List<String> ruleIds(JsonNode report, String list) {
    List<String> ids = new ArrayList<>();
    report.path(list).forEach(f -> ids.add(f.path("ruleId").asText()));
    return ids;
  }

  @Test
  void nearestConfigSetsSeveritiesOptionsAndFailOn() throws Exception {
    Files.writeString(repo.resolve(".gal-lint.yaml"), """
        rules:
          implicit-wildcard-cors: off
          AWS-AUTH-011: error
          AWS-INT-001: {options: {max_timeout_ms: 120000}}
        fail-on: error
        """);
    JsonNode report = lintJson(timeout.toString());
    List<String> ids = ruleIds(report, "findings");
    assertFalse(ids.contains("AWS-CORS-009"), ids.toString());
    assertFalse(ids.contains("AWS-INT-001"), "the raised quota accepts 30000 ms");
    assertTrue(report.path("findings").findValues("severity").stream().anyMatch(s -> s.asText().equals("error")));
    assertEquals(1, TestSupport.cli("lint", timeout.toString()).exitCode());
    assertEquals(0, TestSupport.cli("lint", "--disable", "AWS-AUTH-011", timeout.toString()).exitCode(), "the command line wins");
    assertEquals(1, TestSupport.cli("lint", "--rule", "AWS-CORS-009=error", "--disable", "AWS-AUTH-011", timeout.toString()).exitCode());
  }

  @Test
  void printConfigShowsWhereEachSettingComesFrom() throws Exception {
    Files.writeString(repo.resolve(".gal-lint.yaml"), "rules:\n  AWS-CORS-009: off\nfail-on: warning\n");
    String printed = TestSupport.cli("lint", "--print-config", timeout.toString(), "--rule", "AWS-INT-011=error").stdout();
    assertTrue(printed.contains("AWS-CORS-009: off  # " + repo.resolve(".gal-lint.yaml").toString().replace('\\', '/') + ":2"), printed);
    assertTrue(printed.contains("AWS-INT-011: error  # --rule"), printed);
    assertTrue(printed.contains("fail-on: warning"), printed);
  }

  @Test
  void invalidConfigIsRefusedWithLocations() throws Exception {
    Files.writeString(repo.resolve(".gal-lint.yaml"), "rules:\n  AWS-INT-001: fatal\n  AWS-NOPE-001: off\nfail_on: never\n");
    TestSupport.Run run = TestSupport.cli("lint", timeout.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains(".gal-lint.yaml:2:16:"), run.stderr());
    assertTrue(run.stderr().contains(".gal-lint.yaml:4:1: unknown key 'fail_on': did you mean 'fail-on'?"), run.stderr());
    Files.writeString(repo.resolve(".gal-lint.yaml"), "rules:\n  AWS-NOPE-001: off\n");
    run = TestSupport.cli("lint", timeout.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains(".gal-lint.yaml:2:3: no rule 'AWS-NOPE-001'"), run.stderr());
  }

  @Test
  void extendsMergesAndLaterSettingsWin() throws Exception {
    Files.writeString(repo.resolve("base.yaml"), "rules:\n  AWS-CORS-009: off\n  AWS-AUTH-011: off\n");
    Files.writeString(repo.resolve(".gal-lint.yaml"), "extends: [recommended, ./base.yaml]\nrules:\n  AWS-AUTH-011: warning\n");
    List<String> ids = ruleIds(lintJson(timeout.toString()), "findings");
    assertFalse(ids.contains("AWS-CORS-009"));
    assertTrue(ids.contains("AWS-AUTH-011"));
  }

  @Test
  void inlineConfigAndBaselineSuppressionsWorkTogether() throws Exception {
    Files.writeString(timeout, Files.readString(timeout).replace("    integration_timeout_ms: 30000\n",
        "    # gal-lint-disable-next-line AWS-INT-001 -- quota raised to 60 s for this account\n    integration_timeout_ms: 30000\n"));
    Files.writeString(repo.resolve(".gal-lint.yaml"), """
        ignore:
          - files: "gateway/orders.yaml"
            rules: [AWS-CORS-009]
            reason: the orders API is public
        """);
    Path baseline = repo.resolve("gal-baseline.json");
    TestSupport.Run written = TestSupport.cli("lint", "--write-baseline", baseline.toString(), timeout.toString());
    assertTrue(written.stderr().contains("wrote 2 entries for 1 linted file"), written.stderr());
    JsonNode report = lintJson("--baseline", baseline.toString(), timeout.toString());
    assertEquals(List.of(), ruleIds(report, "findings"));
    List<String> kinds = new ArrayList<>();
    report.path("suppressed").forEach(s -> kinds.add(s.path("ruleId").asText() + ":" + s.path("suppression").asText()));
    assertEquals(List.of("AWS-CORS-009:external", "AWS-CORS-011:baseline", "AWS-INT-001:inSource", "AWS-AUTH-011:baseline"), kinds);
    JsonNode sarif = JSON.readTree(TestSupport.cli("lint", "--format", "sarif", "--baseline", baseline.toString(), timeout.toString()).stdout());
    JsonNode results = sarif.at("/runs/0/results");
    assertEquals(4, results.size());
    for (JsonNode result : results) {
      assertEquals("accepted", result.at("/suppressions/0/status").asText());
    }
    assertEquals("quota raised to 60 s for this account", results.findParent("kind") == null ? ""
        : findSuppression(results, "inSource").path("justification").asText());
  }

  private static JsonNode findSuppression(JsonNode results, String kind) {
    for (JsonNode result : results) {
      if (result.at("/suppressions/0/kind").asText().equals(kind)) {
        return result.at("/suppressions/0");
      }
    }
    return JSON.missingNode();
  }

  @Test
  void baselineSurvivesInsertedLinesAndReindentAndReportsNewAndFixed() throws Exception {
    Path baseline = repo.resolve("baseline.json");
    assertEquals(0, TestSupport.cli("lint", "--write-baseline", baseline.toString(), petstore.toString(), timeout.toString()).exitCode());
    String original = Files.readString(petstore);
    String shifted = "# 1\n# 2\n# 3\n# 4\n# 5\n# 6\n# 7\n# 8\n# 9\n# 10\n" + reindent(original);
    Files.writeString(petstore, shifted);
    JsonNode report = lintJson("--baseline", baseline.toString(), petstore.toString(), timeout.toString());
    assertEquals(List.of(), ruleIds(report, "findings"), report.toString());
    Files.writeString(petstore, shifted.replace("methods: [GET, POST]", "methods: [GET, POST, PATCH]"));
    Files.writeString(timeout, Files.readString(timeout).replace("30000", "20000"));
    TestSupport.Run run = TestSupport.cli("lint", "--format", "json", "--baseline", baseline.toString(), petstore.toString(), timeout.toString());
    report = JSON.readTree(run.stdout());
    assertTrue(ruleIds(report, "findings").contains("AWS-AUTH-011"), "the new PATCH is reported");
    List<String> fixed = new ArrayList<>();
    report.path("notices").forEach(n -> fixed.add(n.path("message").asText()));
    assertTrue(fixed.stream().anyMatch(m -> m.startsWith("fixed: AWS-INT-001")), fixed.toString());
  }

  /** Indents every nested line by two more spaces: the same YAML, laid out differently. */
  private static String reindent(String yaml) {
    StringBuilder sb = new StringBuilder();
    for (String line : yaml.split("\n", -1)) {
      sb.append(line.startsWith(" ") ? "  " + line : line).append('\n');
    }
    return sb.toString();
  }

  @Test
  void baselineFileIsSortedAndDeterministic() throws Exception {
    Path first = repo.resolve("first.json");
    Path second = repo.resolve("second.json");
    TestSupport.cli("lint", "--write-baseline", first.toString(), timeout.toString(), petstore.toString());
    TestSupport.cli("lint", "--write-baseline", second.toString(), petstore.toString(), timeout.toString());
    assertEquals(-1, Files.mismatch(first, second));
    assertTrue(Files.readString(first).startsWith("{\n  \"formatVersion\": 2,\n  \"entries\": [\n    {\"rule\":"));
  }

  @Test
  void ignoreKeyInTheDocumentSuppressesBelowIt() throws Exception {
    Files.writeString(timeout, "x-gal-lint-ignore:\n  - {rule: AWS-INT-001, reason: quota raised}\n" + Files.readString(timeout));
    JsonNode report = lintJson(timeout.toString());
    assertFalse(ruleIds(report, "findings").contains("AWS-INT-001"));
    assertTrue(ruleIds(report, "suppressed").contains("AWS-INT-001"));
  }

  @Test
  void ignoreKeySpelledWithEscapesSuppressesToo() throws Exception {
    // The text never holds x-gal-lint-ignore as written: the suppressor must not take that for its absence.
    Files.writeString(timeout, "\"x-gal-lint-\\u0069gnore\": [{rule: AWS-INT-001, reason: quota raised}]\n"
        + Files.readString(timeout));
    JsonNode report = lintJson(timeout.toString());
    assertFalse(ruleIds(report, "findings").contains("AWS-INT-001"));
    assertTrue(ruleIds(report, "suppressed").contains("AWS-INT-001"));
  }
}
