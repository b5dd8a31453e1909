package dev.gal.openapi.structure;

/**
 * What the OpenAPI 3.0 specification allows as the value of one fixed field.
 * Object types are named, not held, because the types refer to each other
 * (a schema's properties are schemas).
 */
sealed interface OasShape {
  OasShape STRING = new Scalar("string");
  OasShape BOOLEAN = new Scalar("boolean");
  OasShape NUMBER = new Scalar("number");
  OasShape INTEGER = new Scalar("integer");
  OasShape ANY = new Any();

  static OasShape object(String type) {
    return new Of(type);
  }

  static OasShape list(OasShape item) {
    return new ListOf(item);
  }

  static OasShape map(OasShape value) {
    return new MapOf(value);
  }

  /**
   * Any JSON scalar is accepted where a string, number or boolean is asked for,
   * as swagger-parser and API Gateway's import read them (YAML's version: 1.0
   * is a number); only an object or a list is a wrong type.
   */
  record Scalar(String name) implements OasShape {}

  /** Example values and extension payloads: anything goes. */
  record Any() implements OasShape {}

  record Of(String type) implements OasShape {}

  record ListOf(OasShape item) implements OasShape {}

  /** A map with names chosen by the author; x- names are entries, not extensions. */
  record MapOf(OasShape value) implements OasShape {}
}
