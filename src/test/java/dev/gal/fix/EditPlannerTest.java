package dev.gal.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.TextEdit;
import dev.gal.rule.Fix;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of change becomes the smallest text edit, in the style of the text around it. */
class EditPlannerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Document load(String name, String text) {
    LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(text.getBytes(StandardCharsets.UTF_8), name);
    assertEquals(List.of(), loaded.findings(), "the test input parses");
    return loaded.documents().get(0);
  }

  private static Optional<String> fixed(String name, String text, Fix fix) {
    Document document = load(name, text);
    return EditPlanner.locate(document, fix).map(located -> TextEdit.applyAll(text, located.edits()));
  }

  private static String fixedYaml(String text, Fix fix) {
    return fixed("x.yaml", text, fix).orElseThrow(() -> new AssertionError("no fix located in\n" + text));
  }

  private static JsonNode tree(String json) throws Exception {
    return JSON.readTree(json);
  }

  private static List<JsonNode> items(String... values) {
    return java.util.Arrays.stream(values).map(v -> (JsonNode) TextNode.valueOf(v)).toList();
  }

  @Test
  void renamesAKeyInItsQuotingStyle() {
    assertEquals("a:\n  integration_timeout_ms: 1  # note\n",
        fixedYaml("a:\n  integration_timout_ms: 1  # note\n", Fix.renameKey(JsonPointer.of("a", "integration_timout_ms"), "integration_timeout_ms")));
    assertEquals("a: {'methods': [GET]}\n",
        fixedYaml("a: {'method': [GET]}\n", Fix.renameKey(JsonPointer.of("a", "method"), "methods")));
    assertEquals(Optional.empty(), fixed("x.yaml", "a: 1\nb: 2\n", Fix.renameKey(JsonPointer.of("a"), "b")),
        "a rename onto a key the mapping has would write a duplicate key");
  }

  @Test
  void replacesAScalarKeepingItsQuotes() {
    assertEquals("m: [GET, POST]\n", fixedYaml("m: [get, POST]\n", Fix.replaceValue(JsonPointer.of("m", 0), TextNode.valueOf("GET"))));
    assertEquals("t: \"REGIONAL\"\n", fixedYaml("t: \"regional\"\n", Fix.replaceValue(JsonPointer.of("t"), TextNode.valueOf("REGIONAL"))));
    assertEquals("t: 'REGIONAL'\n", fixedYaml("t: 'regional'\n", Fix.replaceValue(JsonPointer.of("t"), TextNode.valueOf("REGIONAL"))));
    assertEquals("t: 29000\n", fixedYaml("t: 3.5e4\n", Fix.replaceValue(JsonPointer.of("t"), IntNode.valueOf(29000))));
    assertEquals("t: \"yes\"\n", fixedYaml("t: maybe\n", Fix.replaceValue(JsonPointer.of("t"), TextNode.valueOf("yes"))),
        "a plain 'yes' would read back as a boolean");
    assertEquals(Optional.empty(), fixed("x.yaml", "t: |\n  text\n", Fix.replaceValue(JsonPointer.of("t"), TextNode.valueOf("x"))));
  }

  @Test
  void findsTheTextAfterCharactersOutsideTheBasicPlane() {
    assertEquals("m: [\"\uD83D\uDE00\", GET]\n", fixedYaml("m: [\"\uD83D\uDE00\", get]\n",
        Fix.replaceValue(JsonPointer.of("m", 1), TextNode.valueOf("GET"))));
    assertEquals("{\"a\": \"\uD83D\uDE00\", \"b\": \"GET\"}", fixed("x.json", "{\"a\": \"\uD83D\uDE00\", \"b\": \"get\"}",
        Fix.replaceValue(JsonPointer.of("b"), TextNode.valueOf("GET"))).orElseThrow());
  }

  @Test
  void appendsInsideAFlowListInTheStyleOfItsItems() {
    assertEquals("m: [GET, PUT, OPTIONS]  # c\n", fixedYaml("m: [GET, PUT]  # c\n", Fix.appendItems(JsonPointer.of("m"), items("OPTIONS"))));
    assertEquals("h: [\"*\", \"Authorization\"]\n", fixedYaml("h: [\"*\"]\n", Fix.appendItems(JsonPointer.of("h"), items("Authorization"))));
    assertEquals("h: [X-Api-Key]\n", fixedYaml("h: []\n", Fix.appendItems(JsonPointer.of("h"), items("X-Api-Key"))));
    assertEquals("{\n  \"h\": [\n    \"a\",\n    \"b\"\n  ]\n}\n", fixed("x.json", "{\n  \"h\": [\n    \"a\"\n  ]\n}\n",
        Fix.appendItems(JsonPointer.of("h"), items("b"))).orElseThrow(), "pretty-printed JSON gets a line of its own");
  }

  @Test
  void appendsALineToABlockListWithItsIndentationAndLineBreaks() {
    assertEquals("m:\r\n  - GET  # first\r\n  - PUT\r\n  - DELETE\r\nnext: 1\r\n",
        fixedYaml("m:\r\n  - GET  # first\r\n  - PUT\r\nnext: 1\r\n", Fix.appendItems(JsonPointer.of("m"), items("DELETE"))));
    assertEquals("m:\n- a: 1\n  b: 2\n- c: 3\n# trailing\n",
        fixedYaml("m:\n- a: 1\n  b: 2\n# trailing\n", Fix.appendItems(JsonPointer.of("m"), List.of(obj("{\"c\": 3}")))));
  }

  @Test
  void addsAMemberAtTheEndOfAMapping() throws Exception {
    assertEquals("g:\n  aws:\n    x: 1\n    m: [GET, PATCH]\nservices: []\n",
        fixedYaml("g:\n  aws:\n    x: 1\nservices: []\n", Fix.addMember(JsonPointer.of("g", "aws"), "m", tree("[\"GET\", \"PATCH\"]"))));
    assertEquals("get:\n  responses: {}\n  parameters:\n    - name: id\n      in: path\n      schema:\n        type: string\n",
        fixedYaml("get:\n  responses: {}\n", Fix.addMember(JsonPointer.of("get"), "parameters",
            tree("[{\"name\": \"id\", \"in\": \"path\", \"schema\": {\"type\": \"string\"}}]"))));
    assertEquals("g: {a: 1, m: [GET]}\n", fixedYaml("g: {a: 1}\n", Fix.addMember(JsonPointer.of("g"), "m", tree("[\"GET\"]"))));
    assertEquals("{\n  \"a\": 1,\n  \"m\": [\"GET\"]\n}", fixed("x.json", "{\n  \"a\": 1\n}",
        Fix.addMember(JsonPointer.root(), "m", tree("[\"GET\"]"))).orElseThrow());
  }

  @Test
  void addsAMemberAfterTheMappingsOwnMembersNotAfterMergedOnes() throws Exception {
    assertEquals("d: &d\n  o: 1\nc:\n  <<: *d\n  x: 1\n  m: [GET]\n",
        fixedYaml("d: &d\n  o: 1\nc:\n  <<: *d\n  x: 1\n", Fix.addMember(JsonPointer.of("c"), "m", tree("[\"GET\"]"))));
    assertEquals(Optional.empty(), fixed("x.yaml", "d: &d {o: 1}\nc: {<<: *d}\n", Fix.addMember(JsonPointer.of("c"), "m", tree("1"))),
        "only merged members, written elsewhere: no member of its own to follow");
    assertEquals(Optional.empty(), fixed("x.yaml", "c: !!map\n  x: 1\n", Fix.addMember(JsonPointer.of("c"), "m", tree("1"))),
        "a tag before the first key would give the wrong indentation");
  }

  @Test
  void anEmptyValueEndsAtItsKey() throws Exception {
    assertEquals("a:\n  x: 1\n  y:\n  m: 1\nb: 2\n",
        fixedYaml("a:\n  x: 1\n  y:\nb: 2\n", Fix.addMember(JsonPointer.of("a"), "m", tree("1"))));
    assertEquals("a:\n  - x\n  -\n  - m\nb: 2\n",
        fixedYaml("a:\n  - x\n  -\nb: 2\n", Fix.appendItems(JsonPointer.of("a"), items("m"))));
  }

  @Test
  void leavesTextThatAnAliasSharesAlone() {
    String text = "d: &d\n  t: 30000\nc:\n  <<: *d\n  x: 1\n";
    assertEquals(Optional.empty(), fixed("x.yaml", text, Fix.replaceValue(JsonPointer.of("c", "t"), IntNode.valueOf(1))),
        "the merged value is written once for both mappings");
    assertEquals(Optional.empty(), fixed("x.yaml", text, Fix.replaceValue(JsonPointer.of("d", "t"), IntNode.valueOf(1))),
        "the anchored value is read by the merge too");
    assertTrue(fixed("x.yaml", text, Fix.replaceValue(JsonPointer.of("c", "x"), IntNode.valueOf(2))).isPresent());
  }

  private static JsonNode obj(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
