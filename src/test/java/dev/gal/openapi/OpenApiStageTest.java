package dev.gal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.gal.TestSupport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** $ref safety, the corpus, and findings of generated documents mapped back to the GAL config. */
class OpenApiStageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final boolean UPDATE = TestSupport.updateRequested("gal.updateGolden");

  @TempDir
  Path dir;

  @Test
  void remoteRefsAreNeverFetched() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "limit: {name: limit, in: query}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:%d/parameters.yaml#/limit".formatted(server.getAddress().getPort());
      Path document = dir.resolve("api.yaml");
      Files.writeString(document, Files.readString(TestSupport.root().resolve("fixtures/rules/GAL-REF-001/bad.yaml"))
          .replaceAll("http://127\\.0\\.0\\.1:9/parameters\\.yaml#/limit", url));
      TestSupport.Run refused = TestSupport.cli("lint", "--format", "json", document.toString());
      assertTrue(refused.stdout().contains("\"ruleId\":\"GAL-REF-001\""), refused.stdout());
      TestSupport.Run allowed = TestSupport.cli("lint", "--format", "json", "--allow-remote-refs", document.toString());
      assertFalse(allowed.stdout().contains("GAL-REF-001"), allowed.stdout());
      assertEquals(0, requests.get(), "the loopback server must receive no request");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void findingInGeneratedDocumentIsReportedAtTheGalLine() throws Exception {
    Path config = dir.resolve("gal.yaml");
    Files.writeString(config, """
        version: "1.0"
        provider: aws_apigateway
        global_config:
          aws_apigateway:
            integration_timeout_ms: 5000
            api_key_required: true
        services:
          - name: orders
            type: rest
            protocol: https
            upstream: {host: orders.example.com, port: 443}
            routes:
              - path_prefix: /orders/{id}
                methods: [GET]
              - path_prefix: /orders/{orderId}/items
                methods: [GET]
        """);
    JsonNode report = JSON.readTree(TestSupport.cli("lint", "--format", "json", "--disable", "AWS-PATH-008", config.toString()).stdout());
    JsonNode finding = null;
    for (JsonNode f : report.path("findings")) {
      if (f.path("ruleId").asText().equals("AWS-OAS-028")) {
        finding = f;
      }
    }
    assertTrue(finding != null, report.toString());
    assertEquals(15, finding.path("line").asInt(), "the route that adds the conflicting variable");
    assertEquals("/services/0/routes/1/path_prefix", finding.path("pointer").asText());
    assertTrue(finding.path("message").asText().contains("in the exported OpenAPI at /paths/~1orders~1{orderId}~1items"), finding.toString());
  }

  @Test
  void everyCorpusDocumentLintsWithoutCrashAndTheFindingsAreReviewed() throws Exception {
    Path corpus = TestSupport.corpus();
    TestSupport.Run run = TestSupport.cli("lint", "--format", "json", corpus.toString());
    assertFalse(run.stderr().contains("rule ") && run.stderr().contains("failed"), run.stderr());
    assertFalse(run.stdout().contains("\"level\":\"error\""), "no tool error: " + run.stdout());
    JsonNode report = JSON.readTree(run.stdout());
    List<String> lines = new ArrayList<>();
    for (JsonNode f : report.path("findings")) {
      lines.add("%s:%d %s %s".formatted(Path.of(f.path("file").asText()).getFileName(), f.path("line").asInt(),
          f.path("ruleId").asText(), f.path("severity").asText()));
    }
    String actual = String.join("\n", lines) + "\n";
    Path golden = TestSupport.root().resolve("fixtures/corpus-findings.txt");
    if (UPDATE) {
      Files.writeString(golden, actual);
    }
    assertEquals(Files.readString(golden), actual, "corpus findings changed; review them (each must be a true positive at its severity) and "
        + "rewrite with -Dgal.updateGolden=true");
  }
}
