package dev.gal.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.LintSession;
import dev.gal.engine.RuleSources;
import dev.gal.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gal lsp against an in-process client: the messages of LSP 3.17, one feature at a time. */
class LspProtocolTest {
  @TempDir
  Path dir;

  @Test
  void initializeAnnouncesWhatTheServerDoes() throws IOException {
    try (LspTestClient client = new LspTestClient()) {
      JsonNode capabilities = client.initialize().path("result").path("capabilities");
      assertEquals("utf-16", capabilities.path("positionEncoding").asText());
      assertEquals(1, capabilities.path("textDocumentSync").path("change").asInt());
      assertTrue(capabilities.path("hoverProvider").asBoolean());
      assertEquals("quickfix", capabilities.path("codeActionProvider").path("codeActionKinds").get(0).asText());
      assertTrue(capabilities.has("completionProvider"));
    }
  }

  @Test
  void openPublishesTheFindingsOfGalLintWithRuleIdDocsAndSeverity() throws IOException {
    try (LspTestClient client = LspTestClient.initialized()) {
      String uri = write("api.yaml", LspTestClient.BAD_CONFIG);
      client.open(uri, LspTestClient.BAD_CONFIG);
      JsonNode unknownKey = only(client.diagnostics(uri), "GAL-SCHEMA-001");
      assertEquals(6, unknownKey.path("range").path("start").path("line").asInt());
      assertEquals(4, unknownKey.path("range").path("start").path("character").asInt());
      assertEquals(14, unknownKey.path("range").path("end").path("character").asInt());
      assertEquals(1, unknownKey.path("severity").asInt());
      assertEquals("gal", unknownKey.path("source").asText());
      assertTrue(unknownKey.path("codeDescription").path("href").asText().startsWith("https://"));
      assertTrue(unknownKey.path("message").asText().contains("did you mean 'stage_name'?"));
    }
  }

  @Test
  void changesAreLintedFromTheUnsavedText() throws IOException {
    try (LspTestClient client = LspTestClient.initialized()) {
      String uri = write("api.yaml", LspTestClient.BAD_CONFIG);
      client.open(uri, LspTestClient.BAD_CONFIG);
      assertFalse(codes(client.diagnostics(uri)).isEmpty());
      client.change(uri, 2, LspTestClient.BAD_CONFIG.replace("stage_nmae", "stage_name"));
      assertFalse(codes(client.diagnostics(uri)).contains("GAL-SCHEMA-001"));
    }
  }

  @Test
  void rangesCountUtf16CodeUnitsAfterAstralCharacters() throws IOException {
    // Each "𝔸" is one code point (gal's column) but two UTF-16 units (LSP's): the key after them moves by two.
    String text = "version: \"1.0\"\nprovider: aws_apigateway\nglobal_config:\n"
        + "  aws_apigateway: {api_name: \"𝔸𝔸\", stage_nmae: \"prod\", integration_timeout_ms: 5000}\n";
    try (LspTestClient client = LspTestClient.initialized()) {
      String uri = write("astral.yaml", text);
      client.open(uri, text);
      JsonNode unknown = only(client.diagnostics(uri), "GAL-SCHEMA-001");
      String line = text.lines().toList().get(3);
      assertEquals(3, unknown.path("range").path("start").path("line").asInt());
      assertEquals(line.indexOf("stage_nmae"), unknown.path("range").path("start").path("character").asInt());
      assertEquals(line.indexOf("stage_nmae") + "stage_nmae".length(), unknown.path("range").path("end").path("character").asInt());
    }
  }

  @Test
  void theNearestLintConfigAndInlineSuppressionsApply() throws IOException {
    Files.writeString(dir.resolve(".gal-lint.yaml"), "rules:\n  GAL-SCHEMA-001: warning\n");
    String suppressed = LspTestClient.BAD_CONFIG.replace("    integration_timeout_ms: 5000\n", "");
    try (LspTestClient client = LspTestClient.initialized()) {
      String uri = write("api.yaml", suppressed);
      client.open(uri, suppressed);
      JsonNode diagnostics = client.diagnostics(uri);
      assertEquals(2, only(diagnostics, "GAL-SCHEMA-001").path("severity").asInt(), "the lint config makes it a warning");
      assertTrue(codes(diagnostics).contains("AWS-INT-011"));
      String withComment = suppressed.replace("  aws_apigateway:\n",
          "  # gal-lint-disable-next-line AWS-INT-011 -- the backend answers in 29 s at worst\n  aws_apigateway:\n");
      client.change(uri, 2, withComment);
      assertFalse(codes(client.diagnostics(uri)).contains("AWS-INT-011"));
    }
  }

  @Test
  void hoverOnAFindingExplainsTheRuleAndOnAKeyGivesTheSchemaDescription() throws IOException {
    try (LspTestClient client = LspTestClient.initialized()) {
      String uri = write("api.yaml", LspTestClient.BAD_CONFIG);
      client.open(uri, LspTestClient.BAD_CONFIG);
      client.diagnostics(uri);
      String onFinding = client.request("textDocument/hover", client.at(uri, 6, 6)).path("result").path("contents").path("value").asText();
      assertTrue(onFinding.contains("GAL-SCHEMA-001") && onFinding.contains("did you mean 'stage_name'?") && onFinding.contains("Source: "),
          onFinding);
      String onKey = client.request("textDocument/hover", client.at(uri, 5, 6)).path("result").path("contents").path("value").asText();
      assertTrue(onKey.contains("REGIONAL, EDGE"), onKey);
    }
  }

  @Test
  void codeActionsOfferTheFixAndASuppressionWithAReasonToFillIn() throws IOException {
    try (LspTestClient client = LspTestClient.initialized()) {
      String uri = write("api.yaml", LspTestClient.BAD_CONFIG);
      client.open(uri, LspTestClient.BAD_CONFIG);
      client.diagnostics(uri);
      JsonNode actions = client.request("textDocument/codeAction", rangeParams(client, uri, 6, 6)).path("result");
      JsonNode fix = action(actions, "Fix GAL-SCHEMA-001");
      assertTrue(fix.path("isPreferred").asBoolean());
      String fixed = apply(LspTestClient.BAD_CONFIG, fix.path("edit").path("changes").path(uri));
      assertTrue(fixed.contains("    stage_name: \"prod\""), fixed);
      JsonNode suppress = action(actions, "Suppress GAL-SCHEMA-001 on this line");
      String suppressed = apply(LspTestClient.BAD_CONFIG, suppress.path("edit").path("changes").path(uri));
      assertTrue(suppressed.contains("    # gal-lint-disable-next-line GAL-SCHEMA-001 -- " + CodeActions.REASON_PLACEHOLDER + "\n    stage_nmae"),
          suppressed);
      client.change(uri, 2, suppressed);
      assertFalse(codes(client.diagnostics(uri)).contains("GAL-SCHEMA-001"));
    }
  }

  @Test
  void unsafeFixesAreMarkedAndNotPreferred() throws IOException {
    String tooLong = LspTestClient.BAD_CONFIG.replace("integration_timeout_ms: 5000", "integration_timeout_ms: 60000");
    try (LspTestClient client = LspTestClient.initialized()) {
      String uri = write("api.yaml", tooLong);
      client.open(uri, tooLong);
      JsonNode diagnostics = client.diagnostics(uri);
      int line = tooLong.lines().toList().indexOf("    integration_timeout_ms: 60000");
      JsonNode actions = client.request("textDocument/codeAction", rangeParams(client, uri, line, 6)).path("result");
      List<JsonNode> unsafe = new ArrayList<>();
      actions.forEach(a -> {
        if (a.path("title").asText().contains("(unsafe fix")) {
          unsafe.add(a);
        }
      });
      assertFalse(unsafe.isEmpty(), "an unsafe fix for the timeout over 29 s: " + actions + " for " + diagnostics);
      assertFalse(unsafe.get(0).path("isPreferred").asBoolean());
    }
  }

  @Test
  void completionOffersTheKeysAndEnumValuesOfTheSchema() throws IOException {
    try (LspTestClient client = LspTestClient.initialized()) {
      String text = "version: \"1.0\"\nprovider: \nglobal_config:\n  aws_apigateway:\n    endp\n";
      String uri = write("new.yaml", text);
      client.open(uri, text);
      JsonNode providers = client.request("textDocument/completion", client.at(uri, 1, 10)).path("result").path("items");
      assertTrue(labels(providers).contains("aws_apigateway"), providers.toString());
      JsonNode keys = client.request("textDocument/completion", client.at(uri, 4, 8)).path("result").path("items");
      assertEquals(List.of("endpoint_type"), labels(keys));
      String routes = "services:\n  - name: a\n    routes:\n      - path_prefix: /x\n        \n";
      String routesUri = write("routes.yaml", routes);
      client.open(routesUri, routes);
      JsonNode routeKeys = client.request("textDocument/completion", client.at(routesUri, 4, 8)).path("result").path("items");
      assertTrue(labels(routeKeys).contains("methods"), routeKeys.toString());
    }
  }

  @Test
  void aDocumentOverTheSizeLimitGetsOneDiagnosticAndIsNotLinted() throws IOException {
    LoadLimits small = new LoadLimits(200, 256, 200_000, 1_000, 1_000_000);
    try (LspTestClient client = new LspTestClient(LintSession.forEditor(RuleSources.nearestConfig(), small, GeneratedDocumentStage::new), 0)) {
      client.initialize();
      String uri = write("big.yaml", LspTestClient.BAD_CONFIG);
      client.open(uri, LspTestClient.BAD_CONFIG);
      JsonNode diagnostics = client.diagnostics(uri);
      assertEquals(1, diagnostics.size(), diagnostics.toString());
      assertTrue(diagnostics.get(0).path("message").asText().contains("exceeds the size limit"));
    }
  }

  @Test
  void otherYamlIsLeftAloneAsInADirectoryWalk() throws IOException {
    String workflow = "name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n";
    try (LspTestClient client = LspTestClient.initialized()) {
      String uri = write("build.yml", workflow);
      client.open(uri, workflow);
      assertEquals(0, client.diagnostics(uri).size());
    }
  }

  @Test
  void badInputIsAnsweredWithErrorsAndTheServerGoesOn() throws IOException {
    try (LspTestClient client = new LspTestClient()) {
      assertEquals(RpcError.SERVER_NOT_INITIALIZED, client.request("textDocument/hover", client.at("file:///x.yaml", 0, 0))
          .path("error").path("code").asInt());
      client.initialize();
      assertEquals(RpcError.METHOD_NOT_FOUND, client.request("gal/bogus", null).path("error").path("code").asInt());
      assertEquals(RpcError.INVALID_PARAMS, client.request("textDocument/hover", client.at("file:///nowhere.yaml", 0, 0))
          .path("error").path("code").asInt());
      assertEquals(RpcError.INVALID_PARAMS, client.request("textDocument/hover", client.json().createObjectNode())
          .path("error").path("code").asInt());
      client.sendRaw("Content-Length: 9\r\n\r\n{\"bad\": }");
      assertEquals(RpcError.PARSE_ERROR, client.next(m -> m.has("error") && m.path("id").isNull()).path("error").path("code").asInt());
      client.sendRaw("Content-Length: 2\r\n\r\n[]");
      assertEquals(RpcError.INVALID_REQUEST, client.next(m -> m.has("error")).path("error").path("code").asInt());
      client.sendRaw("X-Nonsense: 1\r\n\r\n");
      assertEquals(RpcError.PARSE_ERROR, client.next(m -> m.has("error")).path("error").path("code").asInt());
      client.change("file:///never-opened.yaml", 2, "x: 1\n");
      JsonNode logged = client.next(m -> m.path("method").asText().equals("window/logMessage"));
      assertTrue(logged.path("params").path("message").asText().contains("is not open"), logged.toString());
      assertTrue(client.request("shutdown", null).has("result"), "still serving after all that");
      assertEquals(RpcError.INVALID_REQUEST, client.request("textDocument/hover", client.at("file:///x.yaml", 0, 0))
          .path("error").path("code").asInt());
      client.notify("exit", null);
      assertEquals(GalLanguageServer.CLEAN_EXIT, client.exit.join());
    }
  }

  @Test
  void theServerEndsWhenItsInputEnds() throws Exception {
    LspTestClient client = LspTestClient.initialized();
    client.closeInput();
    assertEquals(GalLanguageServer.EXIT_WITHOUT_SHUTDOWN, client.exit.get(LspTestClient.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS));
    client.close();
  }

  @Test
  void aDocumentWhoseLintConfigIsBrokenSaysSoAtTheTop() throws IOException {
    Files.writeString(dir.resolve(".gal-lint.yaml"), "rules:\n  NO-SUCH-001: warning\n");
    try (LspTestClient client = LspTestClient.initialized()) {
      String uri = write("api.yaml", LspTestClient.BAD_CONFIG);
      client.open(uri, LspTestClient.BAD_CONFIG);
      JsonNode diagnostics = client.diagnostics(uri);
      assertEquals(1, diagnostics.size(), diagnostics.toString());
      assertEquals(Diagnostics.NOT_LINTED, diagnostics.get(0).path("code").asText());
      assertTrue(diagnostics.get(0).path("message").asText().contains("NO-SUCH-001"), diagnostics.toString());
    }
  }

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return LspTestClient.uri(file);
  }

  private static ObjectNode rangeParams(LspTestClient client, String uri, int line, int character) {
    ObjectNode params = client.json().createObjectNode();
    params.putObject("textDocument").put("uri", uri);
    ObjectNode range = params.putObject("range");
    range.set("start", LspTestClient.position(client.json(), line, character));
    range.set("end", LspTestClient.position(client.json(), line, character));
    params.putObject("context").putArray("diagnostics");
    return params;
  }

  static String apply(String text, JsonNode edits) {
    LspText lsp = new LspText(text);
    List<dev.gal.model.TextEdit> changes = new ArrayList<>();
    edits.forEach(e -> changes.add(new dev.gal.model.TextEdit(
        lsp.offset(e.path("range").path("start").path("line").asInt(), e.path("range").path("start").path("character").asInt()),
        lsp.offset(e.path("range").path("end").path("line").asInt(), e.path("range").path("end").path("character").asInt()),
        e.path("newText").asText())));
    return dev.gal.model.TextEdit.applyAll(text, changes);
  }

  private static JsonNode action(JsonNode actions, String titleStart) {
    for (JsonNode action : actions) {
      if (action.path("title").asText().startsWith(titleStart)) {
        return action;
      }
    }
    throw new AssertionError("no action '%s' in %s".formatted(titleStart, actions));
  }

  private static JsonNode only(JsonNode diagnostics, String code) {
    List<JsonNode> found = new ArrayList<>();
    diagnostics.forEach(d -> {
      if (d.path("code").asText().equals(code)) {
        found.add(d);
      }
    });
    assertEquals(1, found.size(), "one " + code + " in " + diagnostics);
    return found.get(0);
  }

  static List<String> codes(JsonNode diagnostics) {
    List<String> codes = new ArrayList<>();
    diagnostics.forEach(d -> codes.add(d.path("code").asText()));
    return codes;
  }

  private static List<String> labels(JsonNode items) {
    List<String> labels = new ArrayList<>();
    items.forEach(i -> labels.add(i.path("label").asText()));
    return labels;
  }
}
