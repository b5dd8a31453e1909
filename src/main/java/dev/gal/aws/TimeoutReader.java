package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.JsonPointer;
import dev.gal.model.OpenApiDocument;
import dev.gal.model.WholeNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** integration_timeout_ms from the timeouts of the operations: GAL has one for the whole API. */
record TimeoutReader(ImportContext context) {
  private static final String DEFAULT = "29000";

  void read(List<OpenApiDocument.Operation> operations, ObjectNode aws) {
    List<String> timeouts = new ArrayList<>();
    for (OpenApiDocument.Operation operation : operations) {
      if (!context.excluded(operation) && !isMock(operation)) {
        timeouts.add(timeout(operation));
      }
    }
    if (timeouts.isEmpty()) {
      return;
    }
    String chosen = OpenApiImporter.mostCommon(timeouts, List.of(DEFAULT));
    if (!chosen.equals(DEFAULT)) {
      aws.put("integration_timeout_ms", Long.parseLong(chosen));
    }
    Map<JsonPointer, List<String>> differing = new LinkedHashMap<>();
    Map<JsonPointer, String> written = new LinkedHashMap<>();
    for (OpenApiDocument.Operation operation : operations) {
      if (!context.excluded(operation) && !isMock(operation) && !timeout(operation).equals(chosen)) {
        JsonPointer at = operation.integration().orElseThrow().pointer().append("timeoutInMillis");
        differing.computeIfAbsent(at, k -> new ArrayList<>()).add(operation.label());
        written.put(at, timeout(operation));
      }
    }
    differing.forEach((at, labels) -> context.change(at, ("%s %s the timeout %s ms, but GAL has one timeout per API, so the "
        + "imported %s %s ms (integration_timeout_ms, the most common timeout)").formatted(ImportContext.labels(labels), labels.size() == 1 ? "has" : "have",
        written.get(at), labels.size() == 1 ? "route waits" : "routes wait", chosen)));
  }

  private static boolean isMock(OpenApiDocument.Operation operation) {
    return operation.integration().map(i -> "mock".equalsIgnoreCase(i.value().path("type").asText())).orElse(true);
  }

  /** The timeout as written when it is a whole number; anything else counts as the default. */
  private static String timeout(OpenApiDocument.Operation operation) {
    return operation.integration().map(i -> i.value().path("timeoutInMillis"))
        .flatMap(WholeNumbers::of).map(String::valueOf).orElse(DEFAULT);
  }
}
