package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-011",
    name = "request-parameter-mapping-undeclared",
    summary = "A requestParameters mapping reads a path parameter the operation does not declare",
    description = "method.request.path.NAME exists only when the operation (or its path item) declares "
        + "a path parameter NAME, and a method request parameter must be defined before a mapping "
        + "references it. Declare the parameter or fix the name.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html",
    quote = "It must have been defined before it can be referenced.")
public final class RequestParameterUndeclared extends IntegrationRule {
  static final String PREFIX = "method.request.path.";

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    Set<String> declared = operation.declaredPathParameters(document);
    integration.object("requestParameters").ifPresent(parameters -> parameters.value().fields().forEachRemaining(entry -> {
      String value = entry.getValue().asText("");
      if (value.startsWith(PREFIX)) {
        String name = value.substring(PREFIX.length());
        if (!declared.contains(name) && !declared.contains(name + "+")) {
          context.report(parameters.pointer().append(entry.getKey()), "%s maps %s, but declares no path parameter %s"
              .formatted(operation.label(), value, name));
        }
      }
    }));
  }
}
