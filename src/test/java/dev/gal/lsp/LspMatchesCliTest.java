package dev.gal.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The editor sees what gal lint reports: for every rule fixture (GAL configs,
 * OpenAPI documents, generated-document findings, lint configs and inline
 * suppressions among them), the server's diagnostics are the CLI's findings,
 * at the same places once columns are counted in UTF-16. The one difference:
 * an empty file, or one whose root is not a mapping, is left alone, as a
 * directory walk leaves it, since an editor opens all kinds of YAML.
 */
class LspMatchesCliTest {
  private static final String EMPTY = dev.gal.load.LoadDiagnostics.EMPTY.id();
  private static final String ROOT_NOT_MAPPING = dev.gal.load.LoadDiagnostics.ROOT_NOT_MAPPING.id();

  @Test
  void everyRuleFixtureGetsTheFindingsOfGalLint() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(TestSupport.root().resolve("fixtures/rules"))) {
      files = walk.filter(f -> f.getFileName().toString().matches("bad.*\\.(yaml|yml|json)")
          && !f.getFileName().toString().endsWith(".expect.yaml")).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    List<String> differences = new ArrayList<>();
    try (LspTestClient client = LspTestClient.initialized()) {
      for (Path file : files) {
        String text;
        try {
          text = Files.readString(file);
        } catch (java.nio.charset.MalformedInputException e) {
          continue; // not UTF-8: an editor holds no such text to send
        }
        String uri = LspTestClient.uri(file);
        client.open(uri, text);
        List<String> seen = new ArrayList<>();
        client.diagnostics(uri).forEach(d -> seen.add("%s %d:%d".formatted(d.path("code").asText(),
            d.path("range").path("start").path("line").asInt(), d.path("range").path("start").path("character").asInt())));
        client.notify("textDocument/didClose", client.json().createObjectNode().set("textDocument",
            client.json().createObjectNode().put("uri", uri)));
        JsonNode cli = json.readTree(TestSupport.cli("lint", "--format", "json", file.toString()).stdout());
        List<String> expected = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (JsonNode f : cli.path("findings")) {
          int line = f.path("line").asInt();
          String lineText = line <= lines.size() ? lines.get(line - 1) : "";
          int codePoints = f.path("column").asInt() - 1;
          int utf16 = lineText.offsetByCodePoints(0, Math.min(codePoints, lineText.codePointCount(0, lineText.length())));
          expected.add("%s %d:%d".formatted(f.path("ruleId").asText(), line - 1, utf16));
        }
        // As in a directory walk, an empty file or one whose root is no mapping is not a config: an editor opens many.
        boolean notAConfig = seen.isEmpty() && !expected.isEmpty()
            && expected.stream().allMatch(e -> e.startsWith(EMPTY + " ") || e.startsWith(ROOT_NOT_MAPPING + " "));
        if (!notAConfig && !expected.stream().sorted().toList().equals(seen.stream().sorted().toList())) {
          differences.add("%s: gal lint %s, gal lsp %s".formatted(TestSupport.root().relativize(file), expected, seen));
        }
      }
    }
    assertEquals(List.of(), differences);
  }
}
