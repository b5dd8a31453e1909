package dev.gal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TreeSnapshotTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final byte[] SOURCE = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);

  @Test
  void everyKindOfValueComesBackAsItWasWritten() throws IOException {
    ObjectNode tree = NODES.objectNode();
    tree.put("text", "caf\u00e9 \ud83d\ude00 \u0000 \"quoted\"").put("int", -7).put("long", Long.MAX_VALUE).put("double", 0.1)
        .put("big", new BigInteger("123456789012345678901234567890")).put("decimal", new BigDecimal("1.50E+3"))
        .put("yes", true).put("no", false).putNull("null");
    tree.put("long text", "x".repeat(100_000));
    tree.putArray("empty");
    tree.putObject("nested").putArray("list").add("text").add("text").addObject().put("text", 1);
    JsonNode read = roundTrip(tree);
    assertEquals(tree, read);
    assertEquals(tree.toString(), read.toString());
    java.util.List<String> names = new java.util.ArrayList<>();
    read.fieldNames().forEachRemaining(names::add);
    assertEquals(java.util.List.of("text", "int", "long", "double", "big", "decimal", "yes", "no", "null", "long text", "empty",
        "nested"), names);
  }

  @Test
  void aScalarAloneIsATree() throws IOException {
    assertEquals(NODES.textNode("alone"), roundTrip(NODES.textNode("alone")));
  }

  @Test
  void otherBytesAreRefused() {
    assertThrows(IOException.class, () -> TreeSnapshot.read(new ByteArrayInputStream(SOURCE), SOURCE, NODES));
  }

  @Test
  void aSnapshotOfOtherSourceIsNotTaken() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TreeSnapshot.write(NODES.objectNode().put("a", 1), SOURCE, bytes);
    byte[] edited = "{\"a\": 2}".getBytes(StandardCharsets.UTF_8);
    assertEquals(java.util.Optional.empty(), TreeSnapshot.read(new ByteArrayInputStream(bytes.toByteArray()), edited, NODES));
  }

  @Test
  void numbersItCannotKeepExactlyAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TreeSnapshot.write(NODES.numberNode(1.5f), SOURCE, new ByteArrayOutputStream()));
  }

  private static JsonNode roundTrip(JsonNode tree) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TreeSnapshot.write(tree, SOURCE, bytes);
    return TreeSnapshot.read(new ByteArrayInputStream(bytes.toByteArray()), SOURCE, NODES).orElseThrow();
  }
}
