package dev.gal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectWalkTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> visited(String json, int maxDepth) throws Exception {
    JsonNode root = JSON.readTree(json);
    List<String> pointers = new ArrayList<>();
    ObjectWalk.walk(root, maxDepth, (node, at) -> pointers.add(at.pointer().toString()));
    return pointers;
  }

  @Test
  void visitsEveryObjectInDocumentOrderWithItsPointer() throws Exception {
    assertEquals(List.of("", "/a", "/a/b/0", "/a/b/2/0", "/a/b/2/0/c", "/x~1y"),
        visited("{\"a\": {\"b\": [{}, 1, [{\"c\": {}}]]}, \"x/y\": {}}", 10));
  }

  @Test
  void arraysInsideArraysKeepTheirIndexes() throws Exception {
    assertEquals(List.of("", "/l/1/0"), visited("{\"l\": [1, [{}]]}", 10));
  }

  @Test
  void stopsAtTheDepthLimit() throws Exception {
    assertEquals(List.of("", "/a"), visited("{\"a\": {\"b\": {\"c\": {}}}}", 1));
    assertEquals(List.of("", "/a", "/a/b"), visited("{\"a\": {\"b\": {\"c\": {}}}}", 2));
  }
}
