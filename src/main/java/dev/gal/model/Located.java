package dev.gal.model;

/** A value read from a document, with the pointer to report it at. */
public record Located<T>(T value, JsonPointer pointer) {}
