package dev.gal.openapi.structure;

import java.util.Map;
import java.util.Set;

/**
 * One object type of the OpenAPI specification: its fixed fields, the ones it
 * requires, and whether a Reference Object may stand in its place (then a
 * $ref replaces all other fields, which are not checked).
 */
record OasObject(String name, boolean referable, Map<String, OasShape> fields, Set<String> required) {
  OasObject {
    fields = Map.copyOf(fields);
    required = Set.copyOf(required);
  }
}
