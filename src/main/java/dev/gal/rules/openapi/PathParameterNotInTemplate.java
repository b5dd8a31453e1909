package dev.gal.rules.openapi;

import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-030",
    name = "path-parameter-not-in-path",
    summary = "A declared path parameter does not occur in the path",
    description = "A parameter with in: path must name a variable of the path. One that does not is never filled, and mappings that read it get nothing.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html")
public final class PathParameterNotInTemplate implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    for (OpenApiDocument.Operation operation : document.operations()) {
      Set<String> variables = new java.util.HashSet<>(OpenApiPaths.variables(operation.path()));
      for (String name : operation.declaredPathParameters(document)) {
        String plain = name.endsWith("+") ? name.substring(0, name.length() - 1) : name;
        if (!variables.contains(plain)) {
          context.reportKey(operation.node().pointer(), "%s declares the path parameter %s, which is not in the path".formatted(operation.label(), name));
        }
      }
    }
  }
}
