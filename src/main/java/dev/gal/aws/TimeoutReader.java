package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.OpenApiDocument;
import dev.gal.model.WholeNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * integration_timeout_ms from the timeouts of the operations: the most common
 * one. A route whose operations wait another time keeps it as its timeout.read.
 */
record TimeoutReader(ImportContext context) {
  private static final String DEFAULT = "29000";

  /** Sets integration_timeout_ms and returns the API's timeout, in ms. */
  String read(List<OpenApiDocument.Operation> operations, ObjectNode aws) {
    List<String> timeouts = new ArrayList<>();
    for (OpenApiDocument.Operation operation : operations) {
      if (!context.excluded(operation) && !isMock(operation)) {
        timeouts.add(timeout(operation));
      }
    }
    if (timeouts.isEmpty()) {
      return DEFAULT;
    }
    String chosen = OpenApiImporter.mostCommon(timeouts, List.of(DEFAULT));
    if (!chosen.equals(DEFAULT)) {
      aws.put("integration_timeout_ms", Long.parseLong(chosen));
    }
    return chosen;
  }

  static boolean isMock(OpenApiDocument.Operation operation) {
    return operation.integration().map(i -> "mock".equalsIgnoreCase(i.value().path("type").asText())).orElse(true);
  }

  /** The timeout as written when it is a whole number; anything else counts as the default. */
  static String timeout(OpenApiDocument.Operation operation) {
    return operation.integration().map(i -> i.value().path("timeoutInMillis"))
        .flatMap(WholeNumbers::of).map(String::valueOf).orElse(DEFAULT);
  }
}
