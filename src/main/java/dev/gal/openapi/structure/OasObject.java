package dev.gal.openapi.structure;

import java.util.List;
import java.util.Map;

/**
 * One object type of the OpenAPI specification: its fixed fields, the ones it
 * requires, and whether a Reference Object may stand in its place (then a
 * $ref replaces all other fields, which are not checked).
 */
record OasObject(String name, boolean referable, Map<String, OasShape> fields, List<String> required) {
  OasObject {
    fields = Map.copyOf(fields);
    // A list, not a set: an immutable set's order changes from run to run, and so would the findings'.
    required = List.copyOf(required);
  }
}
