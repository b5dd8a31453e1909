package dev.gal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SARIF the tool writes validates against the OASIS schema and carries what GitHub needs. */
class SarifOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema sarifSchema;

  @BeforeAll
  static void loadSchema() throws Exception {
    // The OASIS schema, copied into the test resources with its source (sarif/README.md).
    try (java.io.InputStream schema = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-2.1.0.schema.json")) {
      assertTrue(schema != null, "the OASIS SARIF schema is expected in src/test/resources/sarif");
      sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(schema));
    }
  }

  static Stream<List<String>> inputs() {
    return Stream.of(
        List.of("examples/petstore.yaml"),
        List.of("fixtures/cli/inputs/timeout-30000.yaml"),
        List.of("fixtures/cli/inputs/tree"),
        List.of("fixtures/cli/inputs/nope.yaml", "fixtures/cli/inputs/syntax-error.yaml"),
        List.of("fixtures/rules"));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void validatesAgainstTheOasisSchema(List<String> paths) throws Exception {
    JsonNode sarif = sarif(paths);
    Set<ValidationMessage> errors = sarifSchema.validate(sarif);
    assertEquals(Set.of(), errors);
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void carriesWhatCodeScanningNeeds(List<String> paths) throws Exception {
    JsonNode run = sarif(paths).path("runs").path(0);
    JsonNode driver = run.path("tool").path("driver");
    assertEquals("gal", driver.path("name").asText());
    assertFalse(driver.path("version").asText().isEmpty());
    assertTrue(driver.path("informationUri").asText().startsWith("https://"));
    JsonNode rules = driver.path("rules");
    assertTrue(rules.size() >= 14);
    for (JsonNode rule : rules) {
      for (String field : List.of("id", "name", "helpUri")) {
        assertFalse(rule.path(field).asText().isEmpty(), field);
      }
      assertFalse(rule.path("shortDescription").path("text").asText().isEmpty());
      assertFalse(rule.path("fullDescription").path("text").asText().isEmpty());
      assertFalse(rule.path("help").path("text").asText().isEmpty());
      // SARIF's default level is warning, and java-sarif leaves a default value out
      assertTrue(Set.of("error", "warning", "note").contains(rule.path("defaultConfiguration").path("level").asText("warning")));
    }
    for (JsonNode result : run.path("results")) {
      int index = result.path("ruleIndex").asInt(-1);
      assertEquals(result.path("ruleId").asText(), rules.path(index).path("id").asText(), "ruleIndex points at the rule");
      assertFalse(result.path("message").path("text").asText().isEmpty());
      JsonNode location = result.path("locations").path(0).path("physicalLocation");
      String uri = location.path("artifactLocation").path("uri").asText();
      assertFalse(uri.startsWith("/") || uri.startsWith("file:"), "relative uri: " + uri);
      JsonNode region = location.path("region");
      for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
        assertTrue(region.path(field).asInt() >= 1, field);
      }
      assertTrue(result.path("partialFingerprints").path("primaryLocationLineHash").asText().matches("[0-9a-f]{16}:\\d+"));
    }
  }

  @Test
  void schemaCheckCanFail() throws Exception {
    JsonNode sarif = sarif(List.of("fixtures/cli/inputs/timeout-30000.yaml"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
    assertFalse(sarifSchema.validate(sarif).isEmpty(), "the schema must reject an invalid level");
  }

  @Test
  void aFixReplacesTheTextOfItsRegion() throws Exception {
    JsonNode result = null;
    for (JsonNode r : sarif(List.of("fixtures/cli/inputs/timeout-30000.yaml")).path("runs").path(0).path("results")) {
      if (r.path("ruleId").asText().equals("AWS-INT-001")) {
        result = r;
      }
    }
    assertTrue(result != null, "the timeout is reported");
    JsonNode change = result.path("fixes").path(0).path("artifactChanges").path(0);
    JsonNode region = result.path("locations").path(0).path("physicalLocation").path("region");
    assertEquals(result.path("locations").path(0).path("physicalLocation").path("artifactLocation"), change.path("artifactLocation"));
    assertEquals(region, change.path("replacements").path(0).path("deletedRegion"), "the clamp replaces the value the finding points at");
    assertEquals("29000", change.path("replacements").path(0).path("insertedContent").path("text").asText());
    assertTrue(result.path("fixes").path(0).path("description").path("text").asText().startsWith("Unsafe fix"));
  }

  @Test
  void toolFailuresAreExecutionNotifications() throws Exception {
    JsonNode invocation = sarif(List.of("fixtures/cli/inputs/nope.yaml")).path("runs").path(0).path("invocations").path(0);
    assertFalse(invocation.path("executionSuccessful").asBoolean(true));
    assertTrue(invocation.path("toolExecutionNotifications").path(0).path("message").path("text").asText().contains("nope.yaml"));
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() {
    String first = TestSupport.cli("lint", "--format", "sarif", "fixtures/rules").stdout();
    String second = TestSupport.cli("lint", "--format", "sarif", "fixtures/rules").stdout();
    assertEquals(first, second);
  }

  @Test
  void fingerprintSurvivesUnrelatedLinesAbove(@TempDir Path dir) throws Exception {
    JsonNode[] pair = resultsBeforeAndAfter(dir,
        config -> "# a new comment\n# and another\n" + config.replace("api_name: orders-api", "api_name: orders"));
    JsonNode a = pair[0];
    JsonNode b = pair[1];
    assertNotEquals(a.path("locations").path(0).path("physicalLocation").path("region").path("startLine").asInt(),
        b.path("locations").path(0).path("physicalLocation").path("region").path("startLine").asInt());
    assertEquals(a.path("partialFingerprints"), b.path("partialFingerprints"));
  }

  @Test
  void fingerprintChangesWhenTheOffendingLineChanges(@TempDir Path dir) throws Exception {
    JsonNode[] pair = resultsBeforeAndAfter(dir, config -> config.replace("30000", "40000"));
    assertNotEquals(pair[0].path("partialFingerprints"), pair[1].path("partialFingerprints"));
  }

  /** The one result for the timeout config, and for the config after an edit. */
  private static JsonNode[] resultsBeforeAndAfter(Path dir, java.util.function.UnaryOperator<String> edit) throws Exception {
    String config = Files.readString(TestSupport.root().resolve("fixtures/cli/inputs/timeout-30000.yaml"));
    Path before = dir.resolve("before.yaml");
    Path after = dir.resolve("after.yaml");
    Files.writeString(before, config);
    Files.writeString(after, edit.apply(config));
    return new JsonNode[] {onlyResult(before), onlyResult(after)};
  }

  @Test
  void sarifRootMakesUrisRelativeToIt() throws Exception {
    JsonNode sarif = JSON.readTree(TestSupport.cli("lint", "--format", "sarif", "--sarif-root", "fixtures/cli",
        "fixtures/cli/inputs/timeout-30000.yaml").stdout());
    assertEquals("inputs/timeout-30000.yaml", sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  /** The one AWS-INT-001 result for a file. */
  private static JsonNode onlyResult(Path file) throws Exception {
    JsonNode results = JSON.readTree(TestSupport.cli("lint", "--format", "sarif", file.toString()).stdout()).at("/runs/0/results");
    List<JsonNode> timeout = new java.util.ArrayList<>();
    results.forEach(r -> {
      if (r.path("ruleId").asText().equals("AWS-INT-001")) {
        timeout.add(r);
      }
    });
    assertEquals(1, timeout.size());
    return timeout.get(0);
  }

  private static JsonNode sarif(List<String> paths) throws Exception {
    String[] args = Stream.concat(Stream.of("lint", "--format", "sarif"), paths.stream()).toArray(String[]::new);
    return JSON.readTree(TestSupport.cli(args).stdout());
  }
}
