package dev.gal.builtin.openapi;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "AWS-OAS-031",
    name = "cors-options-missing",
    summary = "A path returns CORS headers but has no OPTIONS operation",
    description = "Browsers send a preflight OPTIONS request before most cross-origin calls. When a path's operations "
        + "return Access-Control-Allow-Origin but the path has no OPTIONS operation, the preflight fails and the "
        + "browser never sends the call.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html",
    quote = "To support CORS, therefore, a REST API resource needs to implement an OPTIONS method that can "
        + "respond to the OPTIONS preflight request with at least the following response headers mandated by "
        + "the Fetch standard:")
public final class CorsOptionsMissing implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() == OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    Set<String> reported = new TreeSet<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      if (CorsHeaders.setsOrigin(operation) && !operation.pathItem().has("options") && reported.add(operation.path())) {
        context.reportKey(operation.pathItem().pointer(), "path %s returns Access-Control-Allow-Origin but has no OPTIONS operation for the preflight"
            .formatted(operation.path()));
      }
    }
  }
}
