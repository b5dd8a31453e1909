package dev.gal.model;

/** What a loaded document is, decided by its content. */
public enum DocumentKind {
  GAL_CONFIG,
  OPENAPI
}
