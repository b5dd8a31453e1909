package dev.gal.builtin.openapi;

import dev.gal.model.PathTemplate;
import java.util.List;

/** Path variables of OpenAPI path keys. */
final class OpenApiPaths {
  private OpenApiPaths() {}

  static List<String> variables(String path) {
    return PathTemplate.parse(path).segments().stream().filter(PathTemplate::isVariable).map(PathTemplate::variableName).toList();
  }
}
