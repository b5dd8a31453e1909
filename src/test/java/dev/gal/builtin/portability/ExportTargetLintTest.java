package dev.gal.builtin.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import dev.gal.engine.RuleRegistry;
import dev.gal.rule.ExportTarget;
import dev.gal.rule.RuleMeta;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lint rules know the export target: a setting the cloudformation target
 * carries is not reported as dropped for it, and what it still drops is
 * reported at its own key, by gal lint --target, by a rule option, and by the
 * lint gate of gal export --target cloudformation.
 */
class ExportTargetLintTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIR = TestSupport.root().resolve("fixtures/lint-target");
  private static final String CARRIED = DIR.resolve("rate-limit-carried.yaml").toString();
  private static final String PER_CLIENT = DIR.resolve("rate-limit-per-client.yaml").toString();

  @Test
  void rateAndBurstAreReportedForOpenApiOnly() throws Exception {
    assertEquals(List.of("/services/0/routes/0/rate_limit"), rateLimitFindings("lint", CARRIED));
    assertEquals(List.of("/services/0/routes/0/rate_limit"), rateLimitFindings("lint", "--target", "openapi", CARRIED));
    assertEquals(List.of(), rateLimitFindings("lint", "--target", "cloudformation", CARRIED));
    assertEquals(List.of(), rateLimitFindings("lint", "--rule-option", "AWS-GAL-009.target=cloudformation", CARRIED));
  }

  @Test
  void perClientKeysAreStillReportedForCloudFormation() throws Exception {
    assertEquals(List.of("/services/0/routes/0/rate_limit"), rateLimitFindings("lint", PER_CLIENT));
    assertEquals(List.of("/services/0/routes/0/rate_limit/key_type", "/services/0/routes/0/rate_limit/key_header",
        "/services/0/routes/0/rate_limit/response_message"), rateLimitFindings("lint", "--target", "cloudformation", PER_CLIENT));
  }

  @Test
  void theExportGateLintsForTheTargetItWrites() {
    TestSupport.Run openApi = TestSupport.cli("export", CARRIED);
    TestSupport.Run template = TestSupport.cli("export", "--target", "cloudformation", CARRIED);
    assertEquals(0, openApi.exitCode(), openApi.stderr());
    assertEquals(0, template.exitCode(), template.stderr());
    assertTrue(openApi.stderr().contains("AWS-GAL-009"), openApi.stderr());
    assertTrue(!template.stderr().contains("AWS-GAL-009"), template.stderr());
    TestSupport.Run perClient = TestSupport.cli("export", "--target", "cloudformation", PER_CLIENT);
    assertTrue(perClient.stderr().contains("AWS-GAL-009 key_type in the route's rate_limit is not carried by the "
        + "cloudformation target"), perClient.stderr());
  }

  @Test
  void aWrongTargetIsAUsageError() {
    assertEquals(2, TestSupport.cli("lint", "--target", "terraform", CARRIED).exitCode());
  }

  /**
   * A setting that some target carries is reported only by rules that can
   * tell the targets apart: every rule that reports it declares the target
   * option, with the same values as ExportTarget.
   */
  @Test
  void rulesOfSettingsSomeTargetCarriesDeclareTheTarget() {
    List<String> values = java.util.Arrays.stream(ExportTarget.values()).map(ExportTarget::optionValue).toList();
    int carried = 0;
    for (UnexportedSettings.Setting setting : UnexportedSettings.all()) {
      if (setting.carriedBy().isEmpty()) {
        continue;
      }
      carried++;
      for (String id : setting.ruleIds()) {
        RuleMeta meta = RuleRegistry.builtIn().find(id).orElseThrow();
        assertTrue(meta.options().stream().anyMatch(o -> o.name().equals(ExportTarget.OPTION)
            && o.values().equals(values) && o.defaultValue().equals("openapi")), id + " declares the target option");
      }
    }
    assertTrue(carried > 0);
  }

  private static List<String> rateLimitFindings(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(all.size() - 1, "--format");
    all.add(all.size() - 1, "json");
    TestSupport.Run run = TestSupport.cli(all.toArray(String[]::new));
    List<String> pointers = new ArrayList<>();
    for (JsonNode finding : JSON.readTree(run.stdout()).path("findings")) {
      if (finding.path("ruleId").asText().equals("AWS-GAL-009")) {
        pointers.add(finding.path("pointer").asText());
      }
    }
    return pointers;
  }
}
