package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Placeholders;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-006",
    name = "integration-timeout-in-document-out-of-range",
    summary = "timeoutInMillis outside what the API kind accepts",
    description = "REST API integrations time out after 50 to 29,000 ms (Regional and private APIs can raise the maximum with a quota increase); HTTP API integrations after 50 to 30,000 ms. Other values are rejected.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html",
    checksGenerated = false,
    options = @dev.gal.rule.RuleOption(name = "max_timeout_ms", defaultValue = "29000", min = 29_000, max = 300_000,
        description = "The raised maximum for REGIONAL and PRIVATE REST APIs after a Service Quotas increase, up to 300000."))
public final class IntegrationTimeout extends IntegrationRule {
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    boolean edge = EndpointTypes.of(document).contains("EDGE");
    long raised = Math.min(300_000, Math.max(29_000, context.options().integer("max_timeout_ms")));
    long max = kind == OpenApiDocument.ApiKind.HTTP ? 30_000 : edge ? 29_000 : raised;
    integration.integer("timeoutInMillis").filter(t -> t.value() < 50 || t.value() > max).ifPresent(t -> context.report(t.pointer(),
        "%s: timeoutInMillis is %d; %s APIs accept 50 to %d".formatted(operation.label(), t.value(), kind, max)));
  }
}
