package dev.gal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourceText;
import dev.gal.rule.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parser on its own thread gives the same documents, positions and findings as in line. */
class PipelinedEventsTest {
  private static final int IN_LINE = Integer.MAX_VALUE;
  private static final int PIPELINED = 0;

  @Test
  void sameTreesAndPositionsWithAnchorsMergeKeysAndSeveralDocuments() {
    StringBuilder text = new StringBuilder("base: &base {a: 1, b: [x, y]}\n");
    for (int i = 0; i < 3_000; i++) {
      text.append("k").append(i).append(":\n  <<: *base\n  v: \"value ").append(i).append("\"\n  list:\n    - ").append(i)
          .append("\n    - {q: *base}\n");
    }
    text.append("---\nsecond: [1, 2, 3]\n...\n---\nthird: |\n  block\n  text\n");
    assertSameLoad(text.toString(), LoadLimits.DEFAULTS);
  }

  @Test
  void aSyntaxErrorAfterManyEventsIsReportedAtTheSamePlace() {
    String text = "a: 1\n".repeat(20_000) + "b: [unclosed\n" + "c: 2\n".repeat(10);
    assertSameLoad(text, LoadLimits.DEFAULTS);
  }

  @Test
  void aLimitStopsBothTheSameWayAndTheParserThreadEnds() {
    LoadLimits fewValues = new LoadLimits(50L * 1024 * 1024, 256, 200_000, 1_000, 1_000_000, 1_000, 5_000);
    String text = "items:\n" + "- {a: 1}\n".repeat(200_000);
    assertSameLoad(text, fewValues);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      while (parserThreadsAlive()) {
        Thread.sleep(10);
      }
    });
    assertFalse(parserThreadsAlive());
  }

  @Test
  void jsonGivesTheSameTreesPositionsAndFindings() {
    StringBuilder json = new StringBuilder("{\n  \"paths\": {\n");
    for (int i = 0; i < 3_000; i++) {
      json.append("    \"/p").append(i).append("\": {\"get\": {\"n\": ").append(i)
          .append(", \"d\": 1.5e3, \"t\": [true, null, \"caf\u00e9 \ud83d\ude00\"]}},\r\n");
    }
    String body = json.append("    \"/p0\": {}\n  }\n}\n").toString();
    assertSameJsonLoad(body, LoadLimits.DEFAULTS);
    assertSameJsonLoad(body.substring(0, body.length() / 2) + "]", LoadLimits.DEFAULTS);
    LoadLimits fewValues = new LoadLimits(50L * 1024 * 1024, 256, 200_000, 1_000, 1_000_000, 1_000, 5_000);
    assertSameJsonLoad(body, fewValues);
  }

  private static void assertSameJsonLoad(String text, LoadLimits limits) {
    String inLine = describe(text, limits, IN_LINE, true);
    assertEquals(inLine, describe(text, limits, PIPELINED, true));
  }

  private static boolean parserThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("gal-parser"));
  }

  private static void assertSameLoad(String text, LoadLimits limits) {
    assertEquals(describe(text, limits, IN_LINE, false), describe(text, limits, PIPELINED, false));
  }

  /** Every document's tree, every node's location, and every finding with its place. */
  private static String describe(String text, LoadLimits limits, int pipelineChars, boolean json) {
    List<Document> documents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    if (json) {
      new JsonLoader(limits, pipelineChars).load(new SourceText("big.json", text), documents, findings);
    } else {
      new YamlLoader(limits, pipelineChars).load(new SourceText("big.yaml", text), documents, findings);
    }
    StringBuilder out = new StringBuilder();
    for (Document document : documents) {
      out.append(document.number()).append(' ').append(document.root()).append('\n');
      describeLocations(document, JsonPointer.root(), document.root(), out);
    }
    out.append(findings.stream().map(f -> f.rule().id() + " " + f.range() + " " + f.message()).collect(Collectors.joining("\n")));
    return out.toString();
  }

  private static void describeLocations(Document document, JsonPointer at, com.fasterxml.jackson.databind.JsonNode node,
      StringBuilder out) {
    out.append(at).append(' ').append(document.positions().locate(at)).append('\n');
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> describeLocations(document, at.append(e.getKey()), e.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        describeLocations(document, at.append(i), node.get(i), out);
      }
    }
  }
}
