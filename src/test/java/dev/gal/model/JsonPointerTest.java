package dev.gal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pointers link to their parents; their string form, segments and equality must not notice. */
class JsonPointerTest {
  @Test
  void appendedAndParsedPointersAreEqual() {
    JsonPointer built = JsonPointer.root().append("paths").append("/pets/{id}").append("get").append(0);
    JsonPointer parsed = JsonPointer.parse("/paths/~1pets~1{id}/get/0");
    assertEquals(parsed, built);
    assertEquals(parsed.hashCode(), built.hashCode());
    assertEquals("/paths/~1pets~1{id}/get/0", built.toString());
    assertEquals(List.of("paths", "/pets/{id}", "get", "0"), built.segments());
    assertEquals(4, built.depth());
  }

  @Test
  void tildesAreEscapedAndRestored() {
    JsonPointer pointer = JsonPointer.of("a~b", "c/d");
    assertEquals("/a~0b/c~1d", pointer.toString());
    assertEquals(List.of("a~b", "c/d"), JsonPointer.parse(pointer.toString()).segments());
  }

  @Test
  void parentAndLastSegmentWalkBackUp() {
    JsonPointer pointer = JsonPointer.parse("/services/0/routes");
    assertEquals("routes", pointer.lastSegment());
    assertEquals(JsonPointer.parse("/services/0"), pointer.parent());
    assertSame(JsonPointer.root(), pointer.parent().parent().parent());
    assertSame(JsonPointer.root(), JsonPointer.root().parent());
    assertTrue(JsonPointer.root().isRoot());
    assertEquals("", JsonPointer.root().toString());
  }

  @Test
  void theEmptyKeyIsASegment() {
    JsonPointer pointer = JsonPointer.root().append("");
    assertEquals("/", pointer.toString());
    assertNotEquals(JsonPointer.root(), pointer);
    assertEquals(pointer, JsonPointer.parse("/"));
  }

  @Test
  void orderFollowsTheStringForm() {
    assertTrue(JsonPointer.parse("/a/b").compareTo(JsonPointer.parse("/a/c")) < 0);
    assertEquals(0, JsonPointer.of("a", 1).compareTo(JsonPointer.parse("/a/1")));
  }
}
