package dev.gal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import dev.gal.engine.RuleRegistry;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Finding;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.OpenApiRule;
import dev.gal.schema.SettingsProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pack rules with documents: openapi, their aliases, and the document gal export generates. */
class PackOpenApiTest {
  @TempDir
  Path dir;

  /** Shared and inline integrations, a trace operation (no API Gateway method) and the ANY method. */
  private static final String DOCUMENT = """
      openapi: 3.0.1
      info: {title: pets, version: "1"}
      paths:
        /pets:
          get:
            x-amazon-apigateway-integration:
              $ref: "#/components/x-amazon-apigateway-integrations/shared"
          post:
            operationId: addPet
            x-amazon-apigateway-integration:
              $ref: "#/components/x-amazon-apigateway-integrations/shared"
          trace:
            x-amazon-apigateway-integration: {type: mock, timeoutInMillis: 20000}
          x-amazon-apigateway-any-method:
            x-amazon-apigateway-integration: {type: http_proxy, timeoutInMillis: 15000}
      components:
        x-amazon-apigateway-integrations:
          shared: {type: http_proxy, timeoutInMillis: 12000}
      """;

  @Test
  void integrationAliasFollowsRefsOnceAndNamesTheOperation() throws Exception {
    List<String> found = findings(rule("TEAM-T-001", "documents: openapi", "\"#Integration/timeoutInMillis\"",
        "{function: range, options: {max: 10000}}", "{operation}: {value} > {max}"));
    assertEquals(List.of("15: ANY /pets: 15000 > 10000", "18: GET /pets: 12000 > 10000"), found);
  }

  @Test
  void integrationAliasSelectsAYamlAliasAtEachPlace() throws Exception {
    Path document = dir.resolve("aliased.yaml");
    Files.writeString(document, """
        openapi: 3.0.1
        info: {title: pets, version: "1"}
        paths:
          /pets:
            get:
              x-amazon-apigateway-integration: &slow {type: http_proxy, timeoutInMillis: 12000}
            put:
              x-amazon-apigateway-integration: *slow
        """);
    RulePack pack = load(rule("TEAM-T-001", "documents: openapi", "\"#Integration/timeoutInMillis\"",
        "{function: range, options: {max: 10000}}", "{operation}: {value} > {max}"));
    assertEquals(List.of("GET /pets: 12000 > 10000", "PUT /pets: 12000 > 10000"),
        lint(pack, document).stream().map(Finding::message).toList());
  }

  @Test
  void operationAliasSelectsEveryApiGatewayMethod() throws Exception {
    List<String> found = findings(rule("TEAM-T-002", "documents: openapi", "\"#Operation\"",
        "{function: required, options: {field: operationId}}", "{operation} has no operationId"));
    assertEquals(List.of("5: GET /pets has no operationId", "14: ANY /pets has no operationId"), found);
  }

  @Test
  void anOpenApiPackRuleIsAnOpenApiRule() throws Exception {
    RulePack pack = load(rule("TEAM-T-001", "documents: openapi", "\"#Operation\"",
        "{function: required, options: {field: operationId}}", "no operationId"));
    assertTrue(pack.rules().get(0) instanceof OpenApiRule);
    assertEquals(AppliesTo.OPENAPI, pack.rules().get(0).meta().appliesTo());
  }

  @Test
  void documentsNamesWhatTheRuleChecks() throws Exception {
    RulePack pack = load(rule("TEAM-T-001", "documents: any-config", "/services", "{function: unique}", "m")
        + rule("TEAM-T-002", "", "/services", "{function: unique}", "m"));
    assertEquals(List.of(AppliesTo.ANY_CONFIG, AppliesTo.AWS_CONFIG), pack.rules().stream().map(r -> r.meta().appliesTo()).toList());
    assertTrue(pack.rules().stream().allMatch(r -> r instanceof GalConfigRule));
  }

  @Test
  void aRuleOnGalConfigsSkipsOpenApiDocuments() throws Exception {
    List<String> found = findings(rule("TEAM-T-003", "", "/paths/*/*/operationId",
        "{function: pattern, options: {match: \"^x\"}}", "not checked"));
    assertEquals(List.of(), found);
  }

  @Test
  void generatedDocumentsAreCheckedAtTheGalLineUnlessTheRuleSaysNo() throws Exception {
    Path config = dir.resolve("orders.yaml");
    Files.writeString(config, """
        version: "1.0"
        provider: aws_apigateway
        global_config:
          aws_apigateway:
            api_name: orders
            integration_timeout_ms: 12000
        services:
          - name: orders
            type: rest
            protocol: https
            upstream: {host: orders.example.com, port: 443}
            routes:
              - path_prefix: /orders
                methods: [GET]
        """);
    String rule = rule("TEAM-T-004", "documents: openapi", "\"#Integration/timeoutInMillis\"",
        "{function: range, options: {max: 10000}}", "{operation}: timeoutInMillis {value}");
    List<Finding> generated = lint(load(rule), config);
    assertEquals(1, generated.size(), generated.toString());
    assertEquals(6, generated.get(0).range().start().line());
    assertTrue(generated.get(0).message().startsWith("GET /orders: timeoutInMillis 12000 (in the exported OpenAPI at /paths/"),
        generated.get(0).message());
    String notGenerated = rule.replace("documents: openapi", "documents: openapi\n    checksGenerated: false");
    assertEquals(List.of(), lint(load(notGenerated), config));
  }

  @Test
  void aliasesAreCheckedAgainstTheRulesDocuments() throws Exception {
    Path pack = dir.resolve("bad.pack.yaml");
    Files.writeString(pack, "pack: team\nrules:\n"
        + rule("TEAM-T-005", "", "\"#Operation/operationId\"", "{function: pattern, options: {match: x}}", "m")
        + rule("TEAM-T-006", "documents: openapi", "[\"#AwsSettings\", \"#Operations\"]", "{function: pattern, options: {match: x}}", "m")
        + rule("TEAM-T-007", "checksGenerated: false", "/services", "{function: unique}", "m"));
    SettingsProblems problems = new SettingsProblems();
    assertTrue(new RulePackLoader().load(pack, List.of(), problems).isEmpty());
    String display = pack.toString().replace('\\', '/');
    assertEquals(List.of(
        display + ":10:12: #Operation selects in OpenAPI documents, but the rule checks GAL configs; add documents: openapi",
        display + ":20:13: #AwsSettings selects in GAL configs, but the rule checks OpenAPI documents",
        display + ":20:29: '#Operations' is no alias gal has; use one of #AwsSettings, #Operation, #Integration",
        display + ":29:22: checksGenerated is for rules with documents: openapi; a GAL config rule checks the GAL config itself"),
        problems.lines());
  }

  /** One rule of a pack, at the indentation of the rules list; {@code extra} is a line such as documents: openapi. */
  private static String rule(String id, String extra, String given, String then, String message) {
    return """
          - id: %s
            name: %s
            summary: a team rule
            severity: warning
            category: openapi
            docs: https://example.com/team
            %s
            given: %s
            then: %s
            message: "%s"
        """.formatted(id, id.toLowerCase(), extra, given, then, message);
  }

  private RulePack load(String rule) throws Exception {
    Path pack = dir.resolve("team.pack.yaml");
    Files.writeString(pack, "pack: team\nrules:\n" + rule);
    SettingsProblems problems = new SettingsProblems();
    return new RulePackLoader().load(pack, List.of(), problems).orElseThrow(() -> new AssertionError(problems.lines()));
  }

  private List<String> findings(String rule) throws Exception {
    Path document = dir.resolve("pets.yaml");
    Files.writeString(document, DOCUMENT);
    return lint(load(rule), document).stream().map(f -> f.range().start().line() + ": " + f.message()).toList();
  }

  /** The findings of the pack's rules alone. */
  private static List<Finding> lint(RulePack pack, Path file) {
    Set<String> ids = Set.copyOf(pack.rules().stream().map(r -> r.meta().id()).toList());
    RuleRegistry registry = RuleRegistry.builtIn().plus(pack.rules(), "pack " + pack.name()).only(ids);
    return TestSupport.lint(file, file.getFileName().toString(), registry).findings().stream()
        .filter(f -> ids.contains(f.rule().id())).toList();
  }
}
