package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-020",
    name = "security-requirement-undefined",
    summary = "A security requirement names a scheme that is not defined",
    description = "Each name in a security requirement must be a security scheme of the document. A "
        + "dangling name, such as GAL 1.4 writes for jwt routes without a Lambda authorizer, makes the "
        + "document invalid and the import fails.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html")
public final class SecurityRequirementUndefined implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    Set<String> defined = new HashSet<>();
    document.securitySchemes().forEach(s -> defined.add(s.pointer().lastSegment()));
    List<Node> requirements = new ArrayList<>(document.root().items("security"));
    document.operations().forEach(o -> requirements.addAll(o.node().items("security")));
    for (Node requirement : requirements) {
      requirement.value().fieldNames().forEachRemaining(name -> {
        if (!defined.contains(name)) {
          context.reportKey(requirement.pointer().append(name), "the security requirement names %s, which is not a defined security scheme".formatted(name));
        }
      });
    }
  }
}
