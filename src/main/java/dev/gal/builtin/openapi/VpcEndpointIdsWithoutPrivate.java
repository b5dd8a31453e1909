package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-024",
    name = "vpc-endpoint-ids-without-private",
    summary = "vpcEndpointIds in an HTTP API document, which has no private endpoints",
    description = "vpcEndpointIds associate interface VPC endpoints with a private REST API. HTTP APIs have no "
        + "PRIVATE endpoint type, so the ids do nothing there. (Whether a REST API is PRIVATE is not in the "
        + "document: the endpoint type is a parameter of the import, --parameters endpointConfigurationTypes=PRIVATE; "
        + "AWS-OAS-050 checks REST APIs against it.)",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html",
    quote = "A list of VpcEndpoint identifiers against which to create Route 53 alias records for a REST API. It is only "
        + "supported for REST APIs the PRIVATE endpoint type.")
public final class VpcEndpointIdsWithoutPrivate implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    for (Node configuration : EndpointConfigurations.of(document)) {
      configuration.member("vpcEndpointIds").filter(ids -> ids.value().size() > 0).ifPresent(ids -> context.reportKey(ids.pointer(),
          "vpcEndpointIds are given in an HTTP API document, but only private REST APIs use them"));
    }
  }
}
