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
    id = "AWS-OAS-024",
    name = "vpc-endpoint-ids-without-private",
    summary = "vpcEndpointIds on an endpoint that is not PRIVATE",
    description = "vpcEndpointIds associate interface VPC endpoints with a private API; for REGIONAL and EDGE endpoints API Gateway rejects them.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html")
public final class VpcEndpointIdsWithoutPrivate implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    document.root().object("x-amazon-apigateway-endpoint-configuration").ifPresent(c -> {
      boolean isPrivate = EndpointTypes.of(document).contains("PRIVATE");
      c.member("vpcEndpointIds").filter(ids -> !isPrivate && ids.value().size() > 0)
          .ifPresent(ids -> context.reportKey(ids.pointer(), "vpcEndpointIds are given, but the endpoint type is not PRIVATE"));
    });
  }
}
