package dev.gal.model;

import java.util.function.Function;

/**
 * A value computed from an OpenAPI document, such as the nodes a rule pack's alias selects: rules run one after
 * another on the same {@link OpenApiDocument}, which computes the value on first use and hands every later rule
 * the same one. Each instance is its own key, so it is kept in a constant; the value must not change after.
 */
public final class Derived<T> {
  private final Function<OpenApiDocument, T> compute;

  public Derived(Function<OpenApiDocument, T> compute) {
    this.compute = compute;
  }

  T compute(OpenApiDocument document) {
    return compute.apply(document);
  }
}
