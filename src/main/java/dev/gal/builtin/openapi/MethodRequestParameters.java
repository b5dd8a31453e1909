package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The method request parameters an operation declares (in its own parameters or its path item's), which is
 * what method.request.path|querystring|header.NAME can name. A greedy {proxy+} is declared as proxy; a
 * declaration written proxy+ is accepted too. Header names are compared without case, as HTTP does.
 */
final class MethodRequestParameters {
  private static final Pattern EXPRESSION = Pattern.compile(
      "method\\.request\\.(path|querystring|multivaluequerystring|header|multivalueheader)\\.(.+)");

  private final Set<String> path = new HashSet<>();
  private final Set<String> query = new HashSet<>();
  private final Set<String> header = new HashSet<>();

  private MethodRequestParameters() {}

  static MethodRequestParameters of(OpenApiDocument.Operation operation, OpenApiDocument document) {
    MethodRequestParameters declared = new MethodRequestParameters();
    for (Node parameter : operation.parameters()) {
      Node resolved = document.resolve(parameter);
      String name = resolved.value().path("name").asText("");
      switch (resolved.value().path("in").asText("")) {
        case "path" -> declared.path.add(name.endsWith("+") ? name.substring(0, name.length() - 1) : name);
        case "query" -> declared.query.add(name);
        case "header" -> declared.header.add(name.toLowerCase(Locale.ROOT));
        default -> { }
      }
    }
    return declared;
  }

  /** Whether the text has the form method.request.LOCATION.NAME (body and JSONPath forms do not). */
  static boolean names(String expression) {
    return EXPRESSION.matcher(expression).matches();
  }

  /**
   * For an expression method.request.LOCATION.NAME whose parameter is not declared, the kind of parameter
   * it names ("path", "query string", "header"); empty when it is declared or is no such expression.
   */
  Optional<String> undeclared(String expression) {
    Matcher m = EXPRESSION.matcher(expression);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(2);
    return switch (m.group(1)) {
      case "path" -> path.contains(name) ? Optional.empty() : Optional.of("path");
      case "querystring", "multivaluequerystring" -> query.contains(name) ? Optional.empty() : Optional.of("query string");
      default -> header.contains(name.toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of("header");
    };
  }

  /** The NAME of method.request.LOCATION.NAME. */
  static String name(String expression) {
    Matcher m = EXPRESSION.matcher(expression);
    return m.matches() ? m.group(2) : expression;
  }
}
