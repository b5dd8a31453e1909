package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gal.TestSupport;
import dev.gal.pack.RulePack;
import dev.gal.pack.RulePackLoader;
import dev.gal.schema.SettingsProblems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key or value the schema stage reports as misspelled is not judged again by the rules. */
class MisspellingFollowOnsTest {
  private static final RuleRegistry RULES = RuleRegistry.builtIn();

  @TempDir
  Path dir;

  private static String config(String awsSettings) {
    return """
        version: "1.0"
        provider: aws_apigateway
        global_config:
          aws_apigateway:
            api_name: orders
            cors_enabled: false
            authorizer_type: iam
        %s
        services:
          - name: orders
            type: rest
            protocol: https
            upstream:
              host: orders.example.com
              port: 443
            routes:
              - path_prefix: /orders
                methods: [GET]
        """.formatted(awsSettings.indent(4).stripTrailing());
  }

  private List<String> findings(String awsSettings) throws IOException {
    return findings(awsSettings, RULES);
  }

  private List<String> findings(String awsSettings, RuleRegistry rules) throws IOException {
    Path file = dir.resolve("config.yaml");
    Files.writeString(file, config(awsSettings));
    return TestSupport.lint(file, "config.yaml", rules).findings().stream()
        .map(f -> f.range().start().line() + " " + f.rule().id()).toList();
  }

  @Test
  void aMisspelledKeyIsNotAlsoReportedAsMissing() throws IOException {
    assertEquals(List.of("8 GAL-SCHEMA-001"), findings("integration_timout_ms: 20000"));
  }

  @Test
  void theKeyReallyMissingIsStillReported() throws IOException {
    assertEquals(List.of("4 AWS-INT-011"), findings("stage_name: prod"));
  }

  @Test
  void aMiscasedValueIsNotJudgedByItsWrongCase() throws IOException {
    assertEquals(List.of("8 GAL-SCHEMA-004"), findings("""
        integration_type: aws_proxy
        integration_timeout_ms: 20000
        lambda_function_arn: "arn:aws:lambda:us-east-1:123456789012:function:orders"
        """));
  }

  @Test
  void findingsTheSuggestionWouldNotFixStay() throws IOException {
    assertEquals(List.of("8 GAL-SCHEMA-004", "9 AWS-INT-001"), findings("""
        integration_type: http_proxy
        integration_timeout_ms: 30000
        """));
  }

  /** The second run reports at the intended key; that is the same finding as at the key as written. */
  @Test
  void aFindingAtTheMisspelledKeyItselfStays() throws Exception {
    Path pack = dir.resolve("small-numbers.pack.yaml");
    Files.writeString(pack, """
        pack: small-numbers
        rules:
          - id: TEST-NUM-001
            name: small-aws-numbers
            summary: AWS settings are small numbers
            description: A rule that reports every AWS setting over 100, for this test.
            severity: warning
            category: integration
            docs: https://example.com/small-numbers
            given: /global_config/aws_apigateway/*
            then:
              function: range
              options: {max: 100}
            message: "{value} is over 100"
        """);
    SettingsProblems problems = new SettingsProblems();
    RulePack loaded = new RulePackLoader().load(pack, List.of(), problems).orElseThrow(() -> new AssertionError(problems.lines()));
    RuleRegistry rules = RULES.plus(loaded.rules(), "pack small-numbers");
    assertEquals(List.of("8 GAL-SCHEMA-001", "8 TEST-NUM-001"), findings("integration_timout_ms: 20000", rules));
  }

  @Test
  void aMisspellingWithoutSuggestionChangesNothing() throws IOException {
    assertEquals(List.of("4 AWS-INT-011", "8 GAL-SCHEMA-001"), findings("zzz: 1"));
  }
}
