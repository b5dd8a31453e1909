package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
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
    description = "A security requirement names the security scheme, and so the authorizer, that protects the "
        + "operation. A name that no scheme defines, such as GAL 1.4 writes for jwt routes without a Lambda "
        + "authorizer, names no authorizer, so the operation may not get the authorization its author meant. The "
        + "OpenAPI specification forbids it, but API Gateway imports it: the guide's request validation sample "
        + "requires an undefined api_key and is imported with failonwarning=true. Define the scheme or fix the name.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html",
    quote = "To use the identity token for method authorization, add { \"MyUserPool\": [] } to the security "
        + "definition of the method, as shown in the following GET method on the root resource.")
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
          context.reportKey(requirement.pointer().append(name),
              "the security requirement names %s, but no security scheme of that name is defined".formatted(name));
        }
      });
    }
  }
}
