package dev.gal.builtin.openapi;

import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-038",
    name = "multiple-body-parameters",
    summary = "A Swagger 2.0 operation with more than one in: body parameter",
    description = "A request has one body, and Swagger 2.0 allows at most one body parameter per operation (its "
        + "path item's parameters included), so a second one is a mistake: only one of the two schemas can "
        + "describe, or validate, the payload. The guide says that import errors come from major issues like an "
        + "invalid document, but not whether this one is major, and it imports other invalid documents, so this is "
        + "a warning. Merge the two into one body schema.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-errors-warnings.html",
    quote = "During the import, errors can be generated for major issues like an invalid OpenAPI document.")
public final class MultipleBodyParameters implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (!document.isSwagger2()) {
      return;
    }
    // A path item's body parameter belongs to each of its operations; each declaration is reported once.
    Set<JsonPointer> reported = new HashSet<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      List<Node> bodies = operation.parameters().stream()
          .filter(p -> "body".equals(document.resolve(p).value().path("in").asText())).toList();
      // Each body parameter after the first is reported where it is declared.
      for (Node extra : bodies.subList(Math.min(1, bodies.size()), bodies.size())) {
        if (!reported.add(extra.pointer())) {
          continue;
        }
        context.report(extra.member("in").map(Node::pointer).orElse(extra.pointer()),
            "%s has %d body parameters; a request has one body, so declare one body parameter".formatted(operation.label(), bodies.size()));
      }
    }
  }
}
