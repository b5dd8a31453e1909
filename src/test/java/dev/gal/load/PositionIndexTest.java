package dev.gal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pointers map to the exact key and value, in every YAML style and in JSON. */
class PositionIndexTest {
  private static List<Document> load(String name, String text) {
    LoadResult result = new Loader(LoadLimits.DEFAULTS).load(text.getBytes(StandardCharsets.UTF_8), name);
    assertEquals(List.of(), result.findings());
    return result.documents();
  }

  private static SourcePosition value(Document d, String pointer) {
    return d.positions().locate(JsonPointer.parse(pointer)).value().start();
  }

  private static SourcePosition key(Document d, String pointer) {
    return d.positions().locate(JsonPointer.parse(pointer)).key().start();
  }

  @Test
  void blockStyle() {
    Document d = load("a.yaml", """
        version: "1.0"
        global_config:
          aws_apigateway:
            integration_timeout_ms: 30000
        services:
          - name: a
            routes:
              - path_prefix: /x
        """).get(0);
    assertEquals(new SourcePosition(4, 29), value(d, "/global_config/aws_apigateway/integration_timeout_ms"));
    assertEquals(new SourcePosition(4, 5), key(d, "/global_config/aws_apigateway/integration_timeout_ms"));
    assertEquals(new SourcePosition(8, 22), value(d, "/services/0/routes/0/path_prefix"));
    assertEquals(new SourcePosition(6, 5), value(d, "/services/0"));
  }

  @Test
  void flowStyle() {
    Document d = load("a.yaml", """
        services: [{name: a, upstream: {host: h, port: 70000}}, {name: b}]
        """).get(0);
    assertEquals(new SourcePosition(1, 48), value(d, "/services/0/upstream/port"));
    assertEquals(new SourcePosition(1, 42), key(d, "/services/0/upstream/port"));
    assertEquals(new SourcePosition(1, 57), value(d, "/services/1"));
  }

  @Test
  void missingKeyFallsBackToNearestAncestor() {
    Document d = load("a.yaml", "a:\n  b: 1\n").get(0);
    assertEquals(new SourcePosition(2, 3), value(d, "/a/missing/deeper"));
    assertNull(d.positions().exact(JsonPointer.parse("/a/missing")));
  }

  @Test
  void aliasesPointAtTheAnchoredText() {
    Document d = load("a.yaml", """
        base: &base
          port: 70000
        services:
          - upstream: *base
        """).get(0);
    assertEquals(new SourcePosition(2, 9), value(d, "/services/0/upstream/port"));
    assertEquals(new SourcePosition(4, 15), value(d, "/services/0/upstream"));
  }

  @Test
  void mergeKeysPointAtTheMergedTextAndExplicitKeysWin() {
    Document d = load("a.yaml", """
        defaults: &defaults
          host: a.example.com
          port: 443
        upstream:
          <<: *defaults
          port: 8443
        """).get(0);
    assertEquals("a.example.com", d.root().at("/upstream/host").asText());
    assertEquals(8443, d.root().at("/upstream/port").asInt());
    assertEquals(new SourcePosition(2, 9), value(d, "/upstream/host"));
    assertEquals(new SourcePosition(6, 9), value(d, "/upstream/port"));
    assertTrue(d.root().at("/upstream").has("host"));
  }

  @Test
  void mergeOfAListOfMappingsKeepsTheFirstValue() {
    Document d = load("a.yaml", """
        one: &one {a: 1}
        two: &two {a: 2, b: 2}
        both:
          <<: [*one, *two]
        """).get(0);
    assertEquals(1, d.root().at("/both/a").asInt());
    assertEquals(2, d.root().at("/both/b").asInt());
    assertEquals(new SourcePosition(1, 15), value(d, "/both/a"));
    assertEquals(new SourcePosition(2, 21), value(d, "/both/b"));
  }

  @Test
  void everyDocumentOfAStreamHasItsOwnLines() {
    List<Document> docs = load("a.yaml", "a: 1\n---\nb: 2\n---\nc: 3\n");
    assertEquals(3, docs.size());
    assertEquals(new SourcePosition(5, 4), value(docs.get(2), "/c"));
  }

  @Test
  void json() {
    Document d = load("a.json", "{\n  \"a\": {\n    \"b\": [1, 22]\n  }\n}\n").get(0);
    assertEquals(new SourcePosition(3, 14), value(d, "/a/b/1"));
    assertEquals(new SourcePosition(3, 5), key(d, "/a/b"));
  }

  @Test
  void byteOrderMarkDoesNotShiftColumns() {
    Document d = load("a.yaml", "\uFEFFa: 1\n").get(0);
    assertEquals(new SourcePosition(1, 4), value(d, "/a"));
  }

  @Test
  void escapedPointerSegments() {
    Document d = load("a.yaml", "paths:\n  /pets/{id}:\n    get: 1\n").get(0);
    assertEquals(new SourcePosition(3, 10), value(d, "/paths/~1pets~1{id}/get"));
  }

  @Test
  void yaml12CoreSchemaTypes() {
    Document d = load("a.yaml", "a: yes\nb: 0o17\nc: 0x1F\nd: ~\ne: 1.5\nf: !!str 12\n").get(0);
    assertTrue(d.root().get("a").isTextual(), "yes is a string in YAML 1.2");
    assertEquals(15, d.root().get("b").asInt());
    assertEquals(31, d.root().get("c").asInt());
    assertTrue(d.root().get("d").isNull());
    assertTrue(d.root().get("e").isNumber());
    assertTrue(d.root().get("f").isTextual());
  }

  @Test
  void everyNodeOfALargeDocumentIsFoundAfterTheIndexGrows() {
    StringBuilder json = new StringBuilder("{\"paths\": {");
    for (int i = 0; i < 3000; i++) {
      json.append(i == 0 ? "" : ",").append("\n\"/p").append(i).append("\": {\"get\": {\"tags\": [\"a\", \"b\"]}}");
    }
    json.append("}}");
    Document d = load("big.json", json.toString()).get(0);
    for (int i = 0; i < 3000; i += 7) {
      assertEquals(new SourcePosition(i + 2, 1), key(d, "/paths/~1p" + i));
      SourcePosition tag = value(d, "/paths/~1p" + i + "/get/tags/1");
      assertEquals(i + 2, tag.line());
    }
  }

  @Test
  void aDuplicateKeyNamesTheLineOfTheFirstAndThePositionsFollowTheLast() {
    LoadResult result = new Loader(LoadLimits.DEFAULTS).load("""
        a:
          port: 1
        a:
          port: 2
        """.getBytes(StandardCharsets.UTF_8), "dup.yaml");
    assertEquals(1, result.findings().size());
    assertTrue(result.findings().get(0).message().contains("first defined at line 1"));
    assertEquals(new SourcePosition(3, 1), result.findings().get(0).range().start());
    Document d = result.documents().get(0);
    assertEquals(new SourcePosition(4, 9), value(d, "/a/port"));
    assertEquals(new SourcePosition(3, 1), key(d, "/a"));
  }

  @Test
  void theEmptyKeyAndTheRootAreDifferentNodes() {
    Document d = load("a.json", "{\"\": {\"x\": 1}}").get(0);
    assertEquals(new SourcePosition(1, 1), value(d, ""));
    assertEquals(new SourcePosition(1, 6), value(d, "/"));
    assertEquals(new SourcePosition(1, 12), value(d, "//x"));
  }

  @Test
  void keysThatShareAHashCodeAreAllFound() {
    // 60 keys made of "Aa" and "BB" share one String hash code: beyond 32 probes they go to the overflow map.
    StringBuilder json = new StringBuilder("{\"m\": {");
    List<String> keys = new java.util.ArrayList<>();
    for (int n = 0; n < 60; n++) {
      StringBuilder key = new StringBuilder();
      for (int bit = 0; bit < 6; bit++) {
        key.append((n >> bit & 1) == 0 ? "Aa" : "BB");
      }
      keys.add(key.toString());
      json.append(n == 0 ? "" : ",").append("\n\"").append(key).append("\": {\"v\": ").append(n).append('}');
    }
    json.append("}}");
    Document d = load("colliding.json", json.toString()).get(0);
    for (int n = 0; n < keys.size(); n++) {
      assertEquals(new SourcePosition(n + 2, 1), key(d, "/m/" + keys.get(n)));
      assertEquals(n + 2, value(d, "/m/" + keys.get(n) + "/v").line());
    }
    assertNull(d.positions().exact(JsonPointer.parse("/m/AaAaAaAaAaAaAa")));
  }
}
