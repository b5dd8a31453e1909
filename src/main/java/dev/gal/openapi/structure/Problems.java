package dev.gal.openapi.structure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.JsonPointer;
import dev.gal.openapi.structure.StructureProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document, worded as swagger-parser's messages were. */
final class Problems {
  private final JsonNode root;
  private final List<StructureProblem> found = new ArrayList<>();

  Problems(JsonNode root) {
    this.root = root;
  }

  void missing(JsonPointer object, String key) {
    JsonPointer at = object.append(key);
    found.add(new StructureProblem(at, "attribute %s is missing".formatted(location(at)), Kind.MISSING));
  }

  void unexpected(JsonPointer object, String key) {
    JsonPointer at = object.append(key);
    found.add(new StructureProblem(at, "attribute %s is unexpected".formatted(location(at)), Kind.UNEXPECTED));
  }

  void wrongType(JsonPointer at, String type) {
    found.add(new StructureProblem(at, "attribute %s is not of type `%s`".formatted(location(at), type), Kind.INVALID));
  }

  void notOneOf(JsonPointer at, List<String> allowed) {
    found.add(new StructureProblem(at, "attribute %s is not one of %s".formatted(location(at), String.join(", ", allowed)),
        Kind.INVALID));
  }

  /** Any other problem; {@code what} follows the attribute's name, as in "is repeated". */
  void invalid(JsonPointer at, String what) {
    found.add(new StructureProblem(at, "attribute %s %s".formatted(location(at), what), Kind.INVALID));
  }

  List<StructureProblem> list() {
    return found;
  }

  private String location(JsonPointer at) {
    return SwaggerStyleLocation.of(root, at);
  }
}
