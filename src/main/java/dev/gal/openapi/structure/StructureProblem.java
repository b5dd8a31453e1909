package dev.gal.openapi.structure;

import dev.gal.model.JsonPointer;

/**
 * One structural problem of an OpenAPI 3 document: where it is and what is
 * wrong. {@code unexpected} marks a field the object does not define, which
 * import ignores; {@code missing} a required field that is absent.
 */
public record StructureProblem(JsonPointer pointer, String message, Kind kind) {
  /** What kind of problem it is; the stage picks the rule from it. */
  public enum Kind { MISSING, UNEXPECTED, INVALID }
}
