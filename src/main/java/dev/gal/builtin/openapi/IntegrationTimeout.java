package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AwsLimits;
import dev.gal.rule.Category;
import dev.gal.rule.OptionType;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-006",
    name = "integration-timeout-in-document-out-of-range",
    summary = "timeoutInMillis outside what the API kind accepts",
    description = "REST API integrations time out after 50 to 29,000 ms by default; HTTP API integrations after 50 to "
        + "30,000 ms, a maximum that cannot be raised (quotas page, HTTP API quotas: \"Maximum integration timeout | "
        + "30 seconds | No\"). Other values are outside the range. Since June 2024, Regional and private REST APIs can raise the "
        + "maximum beyond 29 seconds with a Service Quotas request; edge-optimized REST APIs cannot (AWS What's New, "
        + "2024-06-04, \"Amazon API Gateway integration timeout limit increase beyond 29 seconds\", "
        + "https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/). "
        + "The raised quota is an account setting, and the endpoint type is a parameter of the import, neither "
        + "visible in the document: set the max_timeout_ms option when your account's quota is raised.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "Integration timeouts between 50 ms and 29,000 ms.",
    checksGenerated = false,
    options = @RuleOption(name = "max_timeout_ms", type = OptionType.INTEGER,
        min = AwsLimits.INTEGRATION_TIMEOUT_MAX_MS, max = AwsLimits.INTEGRATION_TIMEOUT_RAISED_MAX_MS,
        defaultValue = AwsLimits.INTEGRATION_TIMEOUT_MAX_MS_TEXT,
        description = "The raised maximum for Regional and private REST APIs after a Service Quotas increase, up to 300000."))
public final class IntegrationTimeout extends IntegrationRule {
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    long raised = Math.min(AwsLimits.INTEGRATION_TIMEOUT_RAISED_MAX_MS,
        Math.max(AwsLimits.INTEGRATION_TIMEOUT_MAX_MS, context.options().integer("max_timeout_ms")));
    long max = kind == OpenApiDocument.ApiKind.HTTP ? AwsLimits.HTTP_API_INTEGRATION_TIMEOUT_MAX_MS : raised;
    integration.integer("timeoutInMillis").filter(t -> t.value() < AwsLimits.INTEGRATION_TIMEOUT_MIN_MS || t.value() > max)
        .ifPresent(t -> context.report(t.pointer(), "%s: timeoutInMillis is %d; %s APIs accept %d to %d"
            .formatted(operation.label(), t.value(), kind, AwsLimits.INTEGRATION_TIMEOUT_MIN_MS, max)));
  }
}
