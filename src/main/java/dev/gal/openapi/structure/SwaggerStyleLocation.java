package dev.gal.openapi.structure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.JsonPointer;
import java.util.List;

/**
 * Names a place the way swagger-parser's messages did, such as
 * paths.'/pets/{id}'(get).parameters.[id].in, so that findings read as before
 * the stage had its own check and users' suppressions by message still match.
 */
final class SwaggerStyleLocation {
  private SwaggerStyleLocation() {}

  static String of(JsonNode root, JsonPointer pointer) {
    List<String> segments = pointer.segments();
    boolean underPaths = !segments.isEmpty() && segments.get(0).equals("paths");
    StringBuilder text = new StringBuilder();
    JsonNode node = root;
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (underPaths && i == 1) {
        text.append(".'").append(segment).append('\'');
      } else if (underPaths && i == 2 && OpenApi30Objects.METHODS.contains(segment)) {
        text.append('(').append(segment).append(')');
      } else if (node.isArray() && segments.get(i - 1).equals("parameters")) {
        JsonNode name = node.path(index(segment)).path("name");
        text.append(".[").append(name.isValueNode() ? name.asText() : "'unknown'").append(']');
      } else {
        text.append(i == 0 ? "" : ".").append(segment);
      }
      node = node.isArray() ? node.path(index(segment)) : node.path(segment);
    }
    return text.toString();
  }

  private static int index(String segment) {
    try {
      return Integer.parseInt(segment);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
