package dev.gal.builtin.openapi;

import dev.gal.model.Derived;
import dev.gal.model.OpenApiDocument;
import dev.gal.model.PathTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Path variables of OpenAPI path keys. */
final class OpenApiPaths {
  /** The variables of each path of the document, parsed once for the rules that ask for every operation's. */
  private static final Derived<Map<String, List<String>>> VARIABLES = new Derived<>(document -> {
    Map<String, List<String>> variables = new HashMap<>();
    document.operations().forEach(operation -> variables.computeIfAbsent(operation.path(), OpenApiPaths::variables));
    return Map.copyOf(variables);
  });

  private OpenApiPaths() {}

  private static List<String> variables(String path) {
    return PathTemplate.parse(path).segments().stream().filter(PathTemplate::isVariable).map(PathTemplate::variableName).toList();
  }

  /** The variables of an operation's path. */
  static List<String> variables(OpenApiDocument.Operation operation) {
    return operation.document().derived(VARIABLES).get(operation.path());
  }
}
