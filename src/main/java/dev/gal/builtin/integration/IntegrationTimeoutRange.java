package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.gal.rule.AwsLimits;
import dev.gal.rule.Category;
import dev.gal.rule.Fix;
import dev.gal.rule.FixKind;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.OptionType;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-001",
    name = "integration-timeout-out-of-range",
    summary = "Integration timeout outside 50 ms to the quota, 29000 ms by default",
    description = "API Gateway REST APIs accept an integration timeout (timeoutInMillis) of 50 to "
        + "29,000 ms by default, and GAL copies integration_timeout_ms into the export unchecked. "
        + "Since June 2024, Regional and private REST APIs can raise the maximum through a Service "
        + "Quotas request: \"You can raise the integration timeout to greater than 29 seconds for "
        + "Regional REST APIs and private REST APIs, but this might require a reduction in your "
        + "account-level throttle quota limit.\" (AWS What's New, 4 June 2024, \"Amazon API Gateway "
        + "integration timeout limit increase beyond 29 seconds\", "
        + "https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/; "
        + "the developer guide's quota table predates it). The raised value is an account setting gal "
        + "cannot see: set the option max_timeout_ms to it, and AWS-INT-013 follows the same setting. "
        + "Edge-optimized APIs keep 29,000 ms. Set integration_timeout_ms within the range; gal lint --fix "
        + "--unsafe-fixes sets it to the nearer bound, which changes how long a route waits.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "Integration timeouts between 50 ms and 29,000 ms.",
    fix = FixKind.UNSAFE,
    options = @RuleOption(name = IntegrationTimeoutLimit.OPTION, type = OptionType.INTEGER,
        min = AwsLimits.INTEGRATION_TIMEOUT_MAX_MS, max = AwsLimits.INTEGRATION_TIMEOUT_RAISED_MAX_MS,
        defaultValue = AwsLimits.INTEGRATION_TIMEOUT_MAX_MS_TEXT,
        description = "Your account's integration timeout quota in ms, for REGIONAL and PRIVATE APIs whose quota "
            + "was raised through Service Quotas; AWS-INT-013 follows it too. Up to 300000."))
public final class IntegrationTimeoutRange implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    String endpoint = config.awsSettings().endpointType();
    long max = IntegrationTimeoutLimit.maxMs(config, context.options());
    config.integrationTimeoutMs().ifPresent(timeout -> {
      long value = timeout.value();
      if (value < IntegrationTimeoutLimit.MIN_MS || value > max) {
        context.report(timeout.pointer(),
            "integration_timeout_ms is %d; API Gateway %s REST APIs accept %d to %d ms, so set it within that range%s"
                .formatted(value, endpoint, IntegrationTimeoutLimit.MIN_MS, max,
                    value > max ? IntegrationTimeoutLimit.raiseHint(config, max) : ""),
            Fix.replaceValue(timeout.pointer(), IntNode.valueOf((int) Math.max(IntegrationTimeoutLimit.MIN_MS, Math.min(max, value)))));
      }
    });
  }
}
