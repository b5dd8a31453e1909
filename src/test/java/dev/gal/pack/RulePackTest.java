package dev.gal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import dev.gal.schema.SettingsProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled packs pass their schema; a broken pack is refused with located problems. */
class RulePackTest {
  @Test
  void bundledPacksPassTheSchema() throws Exception {
    try (Stream<Path> files = Files.list(TestSupport.root().resolve("rules"))) {
      List<Path> packs = files.filter(f -> f.toString().endsWith(".pack.yaml")).toList();
      assertEquals(RulePackLoader.BUNDLED.size(), packs.size(), "every pack in rules/ is bundled");
      for (Path pack : packs) {
        SettingsProblems problems = new SettingsProblems();
        RulePack loaded = new RulePackLoader().load(pack, List.of(), problems).orElse(null);
        assertEquals(List.of(), problems.lines());
        assertTrue(loaded.rules().size() >= 9);
      }
    }
  }

  @Test
  void everyBundledFileIsListed() {
    for (String resource : RulePackLoader.BUNDLED) {
      assertTrue(Files.exists(TestSupport.root().resolve(resource.substring(1))), resource);
    }
  }

  @Test
  void brokenPackReportsEachProblemWithItsLine() {
    SettingsProblems problems = new SettingsProblems();
    assertTrue(new RulePackLoader().load(TestSupport.root().resolve("fixtures/packs/broken.pack.yaml"), List.of(), problems).isEmpty());
    List<String> lines = problems.lines().stream().map(p -> p.replaceAll("^.*broken.pack.yaml:(\\d+):\\d+: .*$", "$1")).toList();
    assertEquals(List.of("1", "3", "5", "6", "11", "13"), lines, String.join("\n", problems.lines()));
  }

  @Test
  void examplePackRulesFire() {
    TestSupport.Run run = TestSupport.cli("lint", "--format", "json", "--rules", "examples/packs/acme.pack.yaml",
        "fixtures/rules/AWS-PATH-007/bad.yaml");
    assertTrue(run.stdout().contains("\"ruleId\":\"ACME-NAME-001\""), run.stdout());
  }

  @Test
  void packRuleClashingWithABuiltInIdIsRefused() throws Exception {
    Path dir = Files.createTempDirectory("pack");
    Path pack = dir.resolve("clash.pack.yaml");
    Files.writeString(pack, Files.readString(TestSupport.root().resolve("examples/packs/acme.pack.yaml"))
        .replace("ACME-NAME-001", "AWS-INT-001"));
    TestSupport.Run run = TestSupport.cli("lint", "--rules", pack.toString(), "examples/petstore.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("clashes with AWS-INT-001"), run.stderr());
  }
  @Test
  void invalidRegexIsALocatedProblemBeforeAnyFileIsLinted() {
    TestSupport.Run run = TestSupport.cli("lint", "--rules", "fixtures/packs/bad-regex.pack.yaml", "examples/petstore.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("", run.stdout(), "nothing is linted");
    assertEquals("gal: fixtures/packs/bad-regex.pack.yaml:14:16: 'match' is not a valid regular expression: "
        + "unclosed character class near character 8\n", run.stderr());
  }

  @Test
  void everyProblemOfAPackComesInOneRun() throws Exception {
    Path pack = pack(rule("ACME-NAME-001", "acme-api-name", "fatal", "/global_config/aws_apigateway/api_name",
        "{function: pattern, options: {notMatch: \"a{2\"}}")
        + rule("ACME-NAME-001", "acme-api-name-again", "warning", "/global/aws_apigateway/api_name",
        "{function: pattern, options: {match: \"(x\"}}"));
    TestSupport.Run run = TestSupport.cli("lint", "--rules", pack.toString(), "examples/petstore.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("""
        :6:15: 'severity' is "fatal"; expected one of error, warning, info
        :10:51: 'notMatch' is not a valid regular expression: unclosed counted closure near character 4
        :12:9: rule id 'ACME-NAME-001' is already used by the rule at line 3; each rule needs its own
        :19:48: 'match' is not a valid regular expression: unclosed group near character 3
        """, problems(run, pack));
  }

  @Test
  void aMistakeInAOneOfOrAnyOfGetsOneMessage() throws Exception {
    Path pack = pack(rule("ACME-NAME-001", "acme-api-name", "warning", "{services: name}", "{function: pattern, options: {}}"));
    TestSupport.Run run = TestSupport.cli("lint", "--rules", pack.toString(), "examples/petstore.yaml");
    assertEquals("""
        :9:12: 'given' must be a string or a list, found a mapping
        :10:40: missing required key 'match' or 'notMatch' in 'options'
        """, problems(run, pack));
  }

  /** One rule of a pack, at the indentation of the rules list. */
  private static String rule(String id, String name, String severity, String given, String then) {
    return """
          - id: %s
            name: %s
            summary: API names start with acme-
            severity: %s
            category: endpoint
            docs: https://example.com/names
            given: %s
            then: %s
            message: "bad name"
        """.formatted(id, name, severity, given, then);
  }

  private static Path pack(String rules) throws Exception {
    Path pack = Files.createTempDirectory("pack").resolve("acme.pack.yaml");
    Files.writeString(pack, "pack: acme\nrules:\n" + rules);
    return pack;
  }

  /** stderr without the "gal: PATH" before each location. */
  private static String problems(TestSupport.Run run, Path pack) {
    return run.stderr().replace("gal: " + pack.toString().replace('\\', '/'), "");
  }
}
