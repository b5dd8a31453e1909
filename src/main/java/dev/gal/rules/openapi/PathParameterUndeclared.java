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
    id = "AWS-OAS-029",
    name = "path-parameter-undeclared",
    summary = "A path variable is not declared as a path parameter",
    description = "Every {name} (and greedy {name+}) of a path must be declared as a required path parameter of each operation or of the path item; import fails otherwise. API Gateway declares a greedy {proxy+} as proxy.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html")
public final class PathParameterUndeclared implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    for (OpenApiDocument.Operation operation : document.operations()) {
      Set<String> declared = operation.declaredPathParameters(document);
      for (String variable : OpenApiPaths.variables(operation.path())) {
        if (!declared.contains(variable) && !declared.contains(variable + "+")) {
          context.reportKey(operation.node().pointer(), "%s does not declare the path parameter %s".formatted(operation.label(), variable));
        }
      }
    }
  }
}
