package dev.gal.builtin.openapi;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "AWS-OAS-032",
    name = "cors-allow-methods-incomplete",
    summary = "The OPTIONS response does not allow every method of its path",
    description = "The preflight response's Access-Control-Allow-Methods must list the methods browsers call on the "
        + "path; the browser refuses a cross-origin call whose method is missing from it. GET, HEAD and POST need "
        + "not be listed: the Fetch standard allows these CORS-safelisted methods whatever the header says.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html",
    quote = "To support CORS, therefore, a REST API resource needs to implement an OPTIONS method that can "
        + "respond to the OPTIONS preflight request with at least the following response headers mandated by "
        + "the Fetch standard: Access-Control-Allow-Methods Access-Control-Allow-Headers "
        + "Access-Control-Allow-Origin")
public final class CorsOptionsMethodsIncomplete implements OpenApiRule {
  /** OPTIONS is the preflight itself; the others are CORS-safelisted and never need listing. */
  private static final Set<String> SAFELISTED = Set.of("OPTIONS", "GET", "HEAD", "POST");

  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() == OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    // Grouped once, so that each OPTIONS operation looks only at its own path.
    Map<String, List<String>> methodsByPath = new HashMap<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      methodsByPath.computeIfAbsent(operation.path(), p -> new ArrayList<>()).add(operation.method().toUpperCase(Locale.ROOT));
    }
    for (OpenApiDocument.Operation options : document.operations()) {
      if (!options.method().equalsIgnoreCase("options")) {
        continue;
      }
      options.integration().flatMap(i -> CorsHeaders.integrationValue(i, CorsHeaders.ALLOW_METHODS)).ifPresent(allowed -> {
        Set<String> listed = new TreeSet<>();
        for (String m : allowed.value().split(",")) {
          listed.add(m.trim().toUpperCase(Locale.ROOT));
        }
        Set<String> missing = new TreeSet<>();
        for (String method : methodsByPath.get(options.path())) {
          if (!SAFELISTED.contains(method) && !method.startsWith("X-") && !listed.contains(method) && !listed.contains("*")) {
            missing.add(method);
          }
        }
        if (!missing.isEmpty()) {
          context.report(allowed.pointer(), "the preflight of %s allows %s but not %s".formatted(options.path(), allowed.value(), missing));
        }
      });
    }
  }
}
