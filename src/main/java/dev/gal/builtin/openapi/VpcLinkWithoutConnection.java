package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-007",
    name = "vpc-link-without-connection-id",
    summary = "connectionType VPC_LINK without connectionId",
    description = "A private integration reaches the backend through the VPC link named by connectionId; connectionId "
        + "must be set explicitly, to the VPC link id or a stage variable that holds it; without it the integration "
        + "reaches nothing.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-using-swagger.html",
    quote = "You must explicitly set connectionId to the ID of a VpcLink or to a stage variable referencing the "
        + "ID of a VpcLink.")
public final class VpcLinkWithoutConnection extends IntegrationRule {
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    integration.string("connectionType").filter(c -> c.value().equalsIgnoreCase("VPC_LINK") && !integration.has("connectionId"))
        .ifPresent(c -> context.report(c.pointer(), "%s uses a VPC link but has no connectionId; add the VPC link id".formatted(operation.label())));
  }
}
