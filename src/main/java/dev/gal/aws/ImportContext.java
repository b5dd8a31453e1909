package dev.gal.aws;

import dev.gal.model.JsonPointer;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an import reads and has reported so far: the document, the operations
 * left out and the findings. Every finding says what happens to the part it
 * is about: dropped (the config has no trace of it), left out (the operation
 * is not in the config) or imported differently (the route is in the config,
 * and behaves as the finding says).
 */
final class ImportContext {
  private final OpenApiDocument document;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<JsonPointer> excluded = new HashSet<>();
  private final Set<String> reported = new HashSet<>();

  ImportContext(OpenApiDocument document) {
    this.document = document;
  }

  OpenApiDocument document() {
    return document;
  }

  List<Finding> dropped() {
    findings.sort(Finding.ORDER);
    return List.copyOf(findings);
  }

  /** A part the config has no trace of. */
  void drop(JsonPointer at, String what) {
    report(at, "not representable in GAL: %s; dropped".formatted(what));
  }

  /** A part that is in the config, but does something else there; {@code what} says what and what the config does. */
  void change(JsonPointer at, String what) {
    report(at, "not representable in GAL: " + what);
  }

  /** Leaves an operation out of the config, with the reason. */
  void exclude(OpenApiDocument.Operation operation, String why) {
    if (excluded.add(operation.node().pointer())) {
      report(operation.node().pointer(), "not representable in GAL: %s %s; %s is left out of the config"
          .formatted(operation.label(), why, operation.label()));
    }
  }

  boolean excluded(OpenApiDocument.Operation operation) {
    return excluded.contains(operation.node().pointer());
  }

  int excludedCount() {
    return excluded.size();
  }

  /** One finding per location and message: a part shared through a $ref is reported once. */
  private void report(JsonPointer at, String message) {
    if (reported.add(at + "\n" + message)) {
      findings.add(Finding.of(ImportDiagnostics.NOT_REPRESENTABLE, message,
          document.document().positions().locate(at).keyOrValue(), at));
    }
  }

  /** "GET /a", "GET /a and GET /b", "GET /a, GET /b and GET /c". */
  static String labels(List<String> labels) {
    if (labels.size() <= 1) {
      return String.join("", labels);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
  }

  /** Operations other than the OPTIONS mocks that answer CORS preflights, which GAL generates itself. */
  List<OpenApiDocument.Operation> businessOperations() {
    return document.operations().stream().filter(o -> !isPreflight(o)).toList();
  }

  /** The business operations that are in the config. */
  List<OpenApiDocument.Operation> kept() {
    return businessOperations().stream().filter(o -> !excluded(o)).toList();
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
  /**
   * The security schemes an operation requires. Only its own security counts:
   * the guide says API Gateway does not use root-level security, so an
   * operation without its own is open once deployed, and so is its route.
   */
  List<String> requirement(OpenApiDocument.Operation operation) {
    List<String> names = new ArrayList<>();
    operation.node().items("security").forEach(r -> r.value().fieldNames().forEachRemaining(names::add));
    return names.stream().sorted().toList();
  }
}
