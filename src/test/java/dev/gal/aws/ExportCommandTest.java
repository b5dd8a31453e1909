package dev.gal.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gal export is gated by lint, writes atomically and deterministically, and explains its output. */
class ExportCommandTest {
  private static final String INVALID = "fixtures/cli/inputs/timeout-30000.yaml";

  @TempDir
  Path dir;

  @Test
  void errorsWriteNothingAndKeepAnOldFile() throws Exception {
    Path out = dir.resolve("api.json");
    Files.writeString(out, "old content");
    TestSupport.Run run = TestSupport.cli("export", "--output", out.toString(), INVALID);
    assertEquals(1, run.exitCode());
    assertEquals("old content", Files.readString(out));
    assertTrue(run.stderr().contains("AWS-INT-001"), run.stderr());
    assertTrue(run.stderr().contains("nothing was written"), run.stderr());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void errorsCreateNoFile() {
    Path out = dir.resolve("new.json");
    assertEquals(1, TestSupport.cli("export", "--output", out.toString(), INVALID).exitCode());
    assertFalse(Files.exists(out));
  }

  @Test
  void forceWritesAnywayAndSaysSo() throws Exception {
    Path out = dir.resolve("forced.json");
    TestSupport.Run run = TestSupport.cli("export", "--force", "--output", out.toString(), INVALID);
    assertEquals(0, run.exitCode());
    assertTrue(run.stderr().contains("WARNING"), run.stderr());
    assertEquals(30000, new ObjectMapper().readTree(out.toFile())
        .at("/paths/~1orders/get/x-amazon-apigateway-integration/timeoutInMillis").asInt());
  }

  @Test
  void twoExportsAreByteIdentical() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    assertEquals(0, TestSupport.cli("export", "-o", a.toString(), "examples/lambda-authorizer.yaml").exitCode());
    assertEquals(0, TestSupport.cli("export", "-o", b.toString(), "examples/lambda-authorizer.yaml").exitCode());
    assertEquals(-1, Files.mismatch(a, b));
  }

  @Test
  void yamlOutputHoldsTheSameDocument() throws Exception {
    String yaml = TestSupport.cli("export", "--format", "yaml", "examples/petstore.yaml").stdout();
    String json = TestSupport.cli("export", "examples/petstore.yaml").stdout();
    JsonNode fromYaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml);
    assertEquals(new ObjectMapper().readTree(json), fromYaml);
  }

  @Test
  void explainMapsGeneratedPointersToGalLines() throws Exception {
    JsonNode map = new ObjectMapper().readTree(TestSupport.cli("export", "--explain", "examples/petstore.yaml").stdout());
    JsonNode entry = null;
    for (JsonNode e : map.path("entries")) {
      if (e.path("generated").asText().equals("/paths/~1pets~1{id}/put")) {
        entry = e;
      }
    }
    assertTrue(entry != null, map.toString());
    assertEquals(23, entry.path("line").asInt());
    assertEquals("/services/0/routes/1/methods/1", entry.path("pointer").asText());
  }

  @Test
  void stageVariablesNameTheBackendPerService() throws Exception {
    JsonNode document = new ObjectMapper().readTree(TestSupport.cli("export", "--stage-variables", "examples/petstore.yaml").stdout());
    assertEquals("https://${stageVariables.petstore_upstream}/pets/{id}",
        document.at("/paths/~1pets~1{id}/get/x-amazon-apigateway-integration/uri").asText());
  }

  @Test
  void refusesToOverwriteTheConfigItself() throws Exception {
    Path config = dir.resolve("gal.yaml");
    Files.copy(TestSupport.root().resolve("examples/petstore.yaml"), config);
    TestSupport.Run run = TestSupport.cli("export", "-o", config.toString(), config.toString());
    assertEquals(2, run.exitCode());
    assertTrue(Files.readString(config).startsWith("# The PetStore"));
  }

  @Test
  void multiDocumentFilesAreRefused() throws Exception {
    TestSupport.Run run = TestSupport.cli("export", "fixtures/rules/AWS-INT-001/good.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("one GAL config per file"), run.stderr());
  }

  private JsonNode exportOf(String globalAws) throws Exception {
    Path config = dir.resolve("keys.yaml");
    Files.writeString(config, """
        version: "1.0"
        provider: aws_apigateway
        global_config:
          aws_apigateway:
        %s
        services:
          - name: orders
            type: rest
            protocol: https
            upstream: {host: orders.example.com, port: 443}
            routes:
              - path_prefix: /orders
                methods: [GET]
                authentication: {type: api_key, api_key: {key_name: X-API-Key}}
              - path_prefix: /health
                methods: [GET]
        """.formatted(globalAws));
    TestSupport.Run run = TestSupport.cli("export", "--force", config.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    return new ObjectMapper().readTree(run.stdout());
  }

  @Test
  void aRoutesApiKeyIsRequiredByItsOperations() throws Exception {
    JsonNode document = exportOf("    endpoint_type: REGIONAL");
    assertEquals("[{\"api_key\":[]}]", document.at("/paths/~1orders/get/security").toString());
    assertTrue(document.at("/paths/~1health/get/security").isMissingNode(), "a route without authentication stays open");
    assertEquals("x-api-key", document.at("/components/securitySchemes/api_key/name").asText());
  }

  @Test
  void aRoutesApiKeyIsAddedToTheGlobalAuthorizer() throws Exception {
    JsonNode document = exportOf("""
            authorizer_type: lambda
            lambda_authorizer_arn: "arn:aws:lambda:us-east-1:123456789012:function:authorizer"
        """.stripTrailing());
    assertEquals("[{\"lambda_authorizer\":[],\"api_key\":[]}]", document.at("/paths/~1orders/get/security").toString());
    assertEquals("[{\"lambda_authorizer\":[]}]", document.at("/paths/~1health/get/security").toString());
  }
}
