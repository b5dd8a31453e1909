package dev.gal.pack;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.Optional;

/**
 * What a pack rule's selectors walk: the document's root and, for an OpenAPI
 * document, its typed view, whose operations and integrations (a local $ref
 * followed) the aliases share with the built-in OpenAPI rules.
 */
record Scope(Node root, Optional<OpenApiDocument> openApi) {
  static Scope of(Node root) {
    return new Scope(root, Optional.empty());
  }

  static Scope of(OpenApiDocument document) {
    return new Scope(document.root(), Optional.of(document));
  }
}
