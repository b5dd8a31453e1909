package dev.gal.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One parsed YAML or JSON document: the tree, where each node came from, and
 * the file it belongs to. A multi-document YAML stream yields one per document.
 */
public record Document(SourceText source, int number, JsonNode root, PositionIndex positions) {
  public DocumentKind kind() {
    return root.has("openapi") || root.has("swagger") ? DocumentKind.OPENAPI : DocumentKind.GAL_CONFIG;
  }
}
