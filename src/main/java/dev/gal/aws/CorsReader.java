package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.AwsSettings;
import dev.gal.model.OpenApiDocument;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The global CORS settings from the OPTIONS mocks that answer preflights. */
record CorsReader(ImportContext context) {
  void read(ObjectNode aws) {
    List<OpenApiDocument.Operation> preflights = context.preflights();
    if (preflights.isEmpty()) {
      aws.put("cors_enabled", false);
      return;
    }
    OpenApiDocument.Operation first = preflights.get(0);
    header(first, "Access-Control-Allow-Origin").map(List::of).filter(o -> !o.equals(AwsSettings.DEFAULT_CORS_ORIGINS))
        .ifPresent(o -> aws.set("cors_allow_origins", OpenApiImporter.strings(o)));
    header(first, "Access-Control-Allow-Methods").map(CorsReader::split).filter(m -> !m.equals(AwsSettings.DEFAULT_CORS_METHODS))
        .ifPresent(m -> aws.set("cors_allow_methods", OpenApiImporter.strings(m)));
    header(first, "Access-Control-Allow-Headers").map(CorsReader::split).filter(h -> !h.equals(AwsSettings.DEFAULT_CORS_HEADERS))
        .ifPresent(h -> aws.set("cors_allow_headers", OpenApiImporter.strings(h)));
    for (OpenApiDocument.Operation preflight : preflights.subList(1, preflights.size())) {
      for (String name : List.of("Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers")) {
        if (!header(preflight, name).equals(header(first, name))) {
          context.change(preflight.node().pointer(), ("the CORS preflight of %s differs from the first one (%s), but GAL has "
              + "one CORS setting per API, so the imported path answers preflights as %s does").formatted(preflight.path(), name,
              first.path()));
          break;
        }
      }
    }
  }

  private static Optional<String> header(OpenApiDocument.Operation preflight, String name) {
    return preflight.integration().map(i -> i.value().path("responses").path("default").path("responseParameters")
        .path("method.response.header." + name).asText(null)).map(v -> v.replaceAll("^'|'$", ""));
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
