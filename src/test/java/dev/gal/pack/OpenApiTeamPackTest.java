package dev.gal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import dev.gal.engine.RuleRegistry;
import dev.gal.schema.SettingsProblems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped example examples/packs/openapi-team.pack.yaml, on hand-written and generated OpenAPI documents. */
class OpenApiTeamPackTest {
  private static final Path PACK = TestSupport.root().resolve("examples/packs/openapi-team.pack.yaml");

  @Test
  void timeoutRuleFiresAtTheOffendingLine() {
    assertEquals(List.of(
        "15:26 TEAM-OAS-001 GET /orders: timeoutInMillis is 25000; our integrations time out after at most 10000 ms",
        "16:5 TEAM-OAS-002 POST /orders has no operationId; our SDK generator needs one"),
        teamFindings("fixtures/packs/openapi-team/bad.yaml"));
  }

  @Test
  void quietOnACompliantDocument() {
    assertEquals(List.of(), teamFindings("fixtures/packs/openapi-team/good.yaml"));
  }

  @Test
  void onAGalConfigOnlyTheRuleThatChecksGeneratedDocumentsRuns() {
    List<String> found = teamFindings("examples/petstore.yaml");
    assertEquals(5, found.size(), found.toString());
    assertTrue(found.stream().allMatch(f -> f.startsWith("5:3 TEAM-OAS-001 ") && f.contains("timeoutInMillis is 29000")),
        found.toString());
  }

  @Test
  void galRulesListsThePacksRules() {
    String listing = TestSupport.cli("rules", "--rules", "examples/packs/openapi-team.pack.yaml").stdout();
    assertTrue(listing.contains("TEAM-OAS-001    error    unsafe Integrations time out after at most 10 seconds [pack openapi-team]\n"),
        listing);
    assertTrue(listing.contains("TEAM-OAS-002    warning         Every operation has an operationId [pack openapi-team]\n"),
        listing);
  }

  private static List<String> teamFindings(String file) {
    SettingsProblems problems = new SettingsProblems();
    RulePack pack = new RulePackLoader().load(PACK, RuleRegistry.builtIn().allMeta(), problems)
        .orElseThrow(() -> new AssertionError(problems.lines()));
    RuleRegistry registry = RuleRegistry.builtIn().plus(pack.rules(), "pack " + pack.name());
    return TestSupport.lint(TestSupport.root().resolve(file), file, registry).findings().stream()
        .filter(f -> f.rule().id().startsWith("TEAM-"))
        .map(f -> f.range().start() + " " + f.rule().id() + " " + f.message()).toList();
  }
}
