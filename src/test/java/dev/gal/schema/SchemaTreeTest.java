package dev.gal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schemas read without ObjectMapper are the trees ObjectMapper reads, and print as its trees do. */
class SchemaTreeTest {
  @Test
  void everyBundledSchemaReadsAsObjectMapperReadsIt() throws IOException {
    for (String resource : List.of(SchemaStage.SCHEMA_RESOURCE, SchemaStage.RULE_PACK_SCHEMA_RESOURCE,
        SchemaStage.LINT_CONFIG_SCHEMA_RESOURCE)) {
      byte[] bytes;
      try (InputStream in = SchemaStage.class.getResourceAsStream(resource)) {
        bytes = in.readAllBytes();
      }
      assertSame(new ObjectMapper().readTree(bytes), SchemaTree.read(new ByteArrayInputStream(bytes)), resource);
    }
  }

  @Test
  void oddValuesReadAndPrintAsObjectMapperReadsAndPrintsThem() throws IOException {
    String json = "{\"enum\": [\"quote\\\" backslash\\\\ tab\\t nul\\u0000 caf\u00e9 \\ud83d\\ude00\", 1, 3000000000, "
        + "123456789012345678901234567890, 1.5, -0.0, true, false, null, [], {}]}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertSame(new ObjectMapper().readTree(bytes), SchemaTree.read(new ByteArrayInputStream(bytes)), json);
  }

  /** Equal trees whose every node has the same class, or a subclass, and the same text. */
  private static void assertSame(JsonNode expected, JsonNode actual, String what) {
    assertEquals(expected, actual, what);
    List<JsonNode> pending = new ArrayList<>(List.of(expected));
    List<JsonNode> read = new ArrayList<>(List.of(actual));
    while (!pending.isEmpty()) {
      JsonNode want = pending.remove(pending.size() - 1);
      JsonNode got = read.remove(read.size() - 1);
      assertEquals(want.toString(), got.toString(), what);
      assertEquals(true, want.getClass().isInstance(got), () -> what + ": " + got.getClass() + " for " + want.getClass());
      want.forEach(pending::add);
      got.forEach(read::add);
    }
  }
}
