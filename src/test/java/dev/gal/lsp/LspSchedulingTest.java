package dev.gal.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.LintSession;
import dev.gal.engine.RuleSources;
import dev.gal.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the server lints: after a pause in typing, each document on its own, with the lint config as it is now. */
class LspSchedulingTest {
  private static final String CONFIG = "version: \"1.0\"\nprovider: aws_apigateway\nglobal_config:\n  aws_apigateway:\n"
      + "    api_name: orders\n    stage_nmae: prod\n";

  @TempDir
  Path dir;

  private final LintSession session = LintSession.forEditor(RuleSources.nearestConfig(), LoadLimits.DEFAULTS, GeneratedDocumentStage::new);

  @Test
  void aSlowDocumentHoldsUpNoOther() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    DocumentLinter.TextLint slowForOne = (file, text, notices) -> {
      if (file.getFileName().toString().equals("slow.yaml")) {
        try {
          release.await(LspTestClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return session.lintText(file, text, notices);
    };
    try (LspTestClient client = new LspTestClient(slowForOne, 0)) {
      client.initialize();
      String slow = write("slow.yaml");
      String fast = write("fast.yaml");
      client.open(slow, CONFIG);
      client.open(fast, CONFIG);
      assertTrue(LspProtocolTest.codes(client.diagnostics(fast)).contains("GAL-SCHEMA-001"), "fast.yaml is linted while slow.yaml is stuck");
      JsonNode hover = client.request("textDocument/hover", client.at(fast, 0, 0));
      assertFalse(hover.has("error"), "requests are answered meanwhile: " + hover);
      release.countDown();
      assertTrue(LspProtocolTest.codes(client.diagnostics(slow)).contains("GAL-SCHEMA-001"));
    }
  }

  @Test
  void changesInQuickSuccessionAreLintedOnceTheyPause() throws Exception {
    AtomicInteger lints = new AtomicInteger();
    DocumentLinter.TextLint counting = (file, text, notices) -> {
      lints.incrementAndGet();
      return session.lintText(file, text, notices);
    };
    try (LspTestClient client = new LspTestClient(counting, 400)) {
      client.initialize();
      String uri = write("api.yaml");
      client.open(uri, CONFIG);
      client.diagnostics(uri);
      for (int version = 2; version <= 6; version++) {
        client.change(uri, version, CONFIG.replace("orders", "orders" + version));
      }
      JsonNode published = client.next(m -> m.path("method").asText().equals("textDocument/publishDiagnostics"));
      assertEquals(6, published.path("params").path("version").asInt(), "the diagnostics are of the last text");
      assertEquals(2, lints.get(), "one lint on open, one after the changes paused");
    }
  }

  @Test
  void anEditedLintConfigAppliesToTheNextLint() throws IOException {
    try (LspTestClient client = new LspTestClient(session, 0)) {
      client.initialize();
      String uri = write("api.yaml");
      client.open(uri, CONFIG);
      assertEquals(1, severity(client.diagnostics(uri), "GAL-SCHEMA-001"));
      Files.writeString(dir.resolve(".gal-lint.yaml"), "rules:\n  GAL-SCHEMA-001: info\n");
      client.change(uri, 2, CONFIG + "\n");
      assertEquals(3, severity(client.diagnostics(uri), "GAL-SCHEMA-001"));
      Files.writeString(dir.resolve(".gal-lint.yaml"), "rules:\n  GAL-SCHEMA-001: warning\n");
      client.change(uri, 3, CONFIG);
      assertEquals(2, severity(client.diagnostics(uri), "GAL-SCHEMA-001"));
    }
  }

  private static int severity(JsonNode diagnostics, String code) {
    for (JsonNode d : diagnostics) {
      if (d.path("code").asText().equals(code)) {
        return d.path("severity").asInt();
      }
    }
    throw new AssertionError("no " + code + " in " + diagnostics);
  }

  private String write(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, CONFIG);
    return LspTestClient.uri(file);
  }
}
