package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gal.TestSupport;
import dev.gal.model.JsonPointer;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.ImportParameters;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.OptionType;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import parameter (the endpoint type) is not in the document: the user states it as a rule option, and on
 * the document gal export generates it is the GAL config's own setting.
 */
class ImportParametersTest {
  @TempDir
  Path work;

  /** Reports the endpoint type it is run with, at the document root. */
  @RuleInfo(id = "TEST-IMPORT-001", name = "test-endpoint-type", summary = "Reports the endpoint type option",
      description = "A test rule that reports the endpoint type it is told the document is imported with.",
      severity = Severity.INFO, category = Category.OPENAPI,
      reference = "https://example.com/test",
      options = @RuleOption(name = ImportParameters.ENDPOINT_TYPE, type = OptionType.ENUM, defaultValue = "unknown",
          values = {"unknown", "EDGE", "REGIONAL", "PRIVATE"}, description = "The endpoint type."))
  public static final class ReportsEndpointType implements OpenApiRule {
    @Override
    public void check(OpenApiDocument document, RuleContext context) {
      context.report(JsonPointer.root(), "endpoint type " + context.options().string(ImportParameters.ENDPOINT_TYPE));
    }
  }

  private static final String OPENAPI = """
      openapi: 3.0.1
      info: {title: internal, version: "1.0"}
      servers:
        - url: https://internal.example.com
          x-amazon-apigateway-endpoint-configuration:
            %s
      paths:
        /reports:
          get:
            responses:
              "200": {description: OK}
            x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "https://internal.example.com/r"}
      """;

  @Test
  void theGeneratedDocumentIsImportedWithTheConfigsEndpointType() throws Exception {
    Path config = Files.writeString(work.resolve("gal.yaml"), """
        version: "1.0"
        provider: aws_apigateway
        global_config:
          aws_apigateway:
            endpoint_type: EDGE
            integration_timeout_ms: 5000
        services:
          - name: reports
            type: rest
            protocol: https
            upstream: {host: reports.example.com, port: 443}
            routes:
              - path_prefix: /reports
                methods: [GET]
        """);
    RuleRegistry registry = RuleRegistry.builtIn().only(Set.of()).plus(List.of(new ReportsEndpointType()), "test");
    RuleSettings userSaysPrivate = new RuleSettings(Map.of("TEST-IMPORT-001", Map.of(ImportParameters.ENDPOINT_TYPE, "PRIVATE")));
    List<String> messages = TestSupport.lint(config, "gal.yaml", registry, userSaysPrivate).findings().stream()
        .map(f -> f.message()).toList();
    assertEquals(List.of("endpoint type EDGE (in the exported OpenAPI at )"), messages);
  }

  @Test
  void vpcEndpointIdsNeedAPrivateImport() throws Exception {
    RuleRegistry rule = RuleRegistry.builtIn().only(Set.of("AWS-OAS-050"));
    Path withIds = Files.writeString(work.resolve("ids.yaml"), OPENAPI.formatted("vpcEndpointIds: [vpce-0123456789abcdef0]"));
    Path withTypes = Files.writeString(work.resolve("types.yaml"),
        OPENAPI.formatted("{types: [REGIONAL], vpcEndpointIds: [vpce-0123456789abcdef0]}"));
    assertEquals(0, count(withIds, rule, RuleSettings.DEFAULTS), "an unknown import type is not assumed");
    assertEquals(1, count(withTypes, rule, RuleSettings.DEFAULTS), "the document's own types are not PRIVATE");
    assertEquals(1, count(withIds, rule, option("EDGE")));
    assertEquals(0, count(withTypes, rule, option("PRIVATE")), "the option wins over the document's types, which import ignores");
  }

  private static RuleSettings option(String type) {
    return new RuleSettings(Map.of("AWS-OAS-050", Map.of(ImportParameters.ENDPOINT_TYPE, type)));
  }

  private static long count(Path file, RuleRegistry registry, RuleSettings settings) {
    return TestSupport.lint(file, file.getFileName().toString(), registry, settings).findings().stream()
        .filter(f -> f.rule().id().equals("AWS-OAS-050")).count();
  }
}
