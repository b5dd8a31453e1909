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
    id = "AWS-OAS-023",
    name = "endpoint-configuration-invalid",
    summary = "x-amazon-apigateway-endpoint-configuration types is not one of REGIONAL, EDGE, PRIVATE",
    description = "The endpoint configuration lists exactly one endpoint type: REGIONAL, EDGE or PRIVATE. An empty list, two types or another value is rejected.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html")
public final class EndpointTypeInvalid implements OpenApiRule {
  private static final Set<String> TYPES = Set.of("REGIONAL", "EDGE", "PRIVATE");

  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    document.root().object("x-amazon-apigateway-endpoint-configuration").flatMap(c -> c.member("types")).ifPresent(types -> {
      boolean valid = types.value().isArray() && types.value().size() == 1 && TYPES.contains(types.value().get(0).asText());
      if (!valid) {
        context.report(types.pointer(), "endpoint types %s: give exactly one of REGIONAL, EDGE or PRIVATE".formatted(types.value()));
      }
    });
  }
}
