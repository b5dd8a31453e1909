package dev.gal.builtin.openapi;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-OAS-048",
    name = "root-security-ignored",
    summary = "Root-level security, which REST API import ignores, is all that protects some operations",
    description = "OpenAPI applies a document's top-level security to every operation without its own, but API "
        + "Gateway's REST API import does not read it: an operation that relies on it is created without "
        + "authorization and is open to everyone. Copy the requirement into each operation's security (OPTIONS "
        + "operations, which answer CORS preflights, are not counted). The import does not fail, so this is a "
        + "warning, but check the API: it deploys with less protection than the document shows.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "API Gateway doesn't use root level security defined in the OpenAPI specification. Hence security needs to "
        + "be defined at an operation level to be appropriately applied.")
public final class RootSecurityIgnored implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.REST) {
      return;
    }
    document.root().member("security").filter(s -> s.items().stream().anyMatch(r -> r.value().size() > 0)).ifPresent(security -> {
      List<String> open = document.operations().stream()
          .filter(o -> !o.node().has("security") && !o.method().equalsIgnoreCase("options")).map(OpenApiDocument.Operation::label).toList();
      if (!open.isEmpty()) {
        context.reportKey(security.pointer(), ("API Gateway ignores root-level security, so %d operations without their own "
            + "security are created without authorization (%s); define security on each operation")
            .formatted(open.size(), open.get(0) + (open.size() > 1 ? " and %d more".formatted(open.size() - 1) : "")));
      }
    });
  }
}
