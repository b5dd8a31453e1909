package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The models of a document: components.schemas (3.x) or definitions (2.0). */
final class Models {
  private Models() {}

  static List<Node> of(OpenApiDocument document) {
    Optional<Node> holder = document.isSwagger2() ? document.root().object("definitions")
        : document.root().object("components").flatMap(c -> c.object("schemas"));
    List<Node> models = new ArrayList<>();
    holder.ifPresent(h -> h.value().fieldNames().forEachRemaining(name -> h.member(name).ifPresent(models::add)));
    return models;
  }
}
