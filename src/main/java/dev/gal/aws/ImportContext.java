package dev.gal.aws;

import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What an import reads and has dropped so far: the document, the excluded operations and the findings. */
final class ImportContext {
  private final OpenApiDocument document;
  private final List<Finding> dropped = new ArrayList<>();
  private final Set<JsonPointer> excluded = new HashSet<>();

  ImportContext(OpenApiDocument document) {
    this.document = document;
  }

  OpenApiDocument document() {
    return document;
  }

  List<Finding> dropped() {
    dropped.sort(Finding.ORDER);
    return List.copyOf(dropped);
  }

  void drop(JsonPointer at, String what) {
    dropped.add(Finding.of(ImportDiagnostics.NOT_REPRESENTABLE, "not representable in GAL: %s; dropped".formatted(what),
        document.document().positions().locate(at).keyOrValue(), at));
  }

  /** Leaves an operation out of the config, with the reason. */
  void exclude(OpenApiDocument.Operation operation, String why) {
    if (excluded.add(operation.node().pointer())) {
      drop(operation.node().pointer(), operation.label() + " " + why);
    }
  }

  boolean excluded(OpenApiDocument.Operation operation) {
    return excluded.contains(operation.node().pointer());
  }

  /** Operations other than the OPTIONS mocks that answer CORS preflights, which GAL generates itself. */
  List<OpenApiDocument.Operation> businessOperations() {
    return document.operations().stream().filter(o -> !isPreflight(o)).toList();
  }

  List<OpenApiDocument.Operation> preflights() {
    return document.operations().stream().filter(ImportContext::isPreflight).toList();
  }

  static boolean isPreflight(OpenApiDocument.Operation operation) {
    return operation.method().equalsIgnoreCase("options") && operation.integration()
        .map(i -> "mock".equalsIgnoreCase(i.value().path("type").asText()) && i.value().toString().contains("Access-Control-Allow-"))
        .orElse(false);
  }

  /** The security scheme names an operation requires (its own list, else the document's). */
  List<String> requirement(OpenApiDocument.Operation operation) {
    Node holder = operation.node().has("security") ? operation.node() : document.root();
    List<String> names = new ArrayList<>();
    holder.items("security").forEach(r -> r.value().fieldNames().forEachRemaining(names::add));
    return names.stream().sorted().toList();
  }
}
