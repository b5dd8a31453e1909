package dev.gal.rules.integration;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-001",
    name = "integration-timeout-out-of-range",
    summary = "Integration timeout outside 50 to 29000 ms",
    description = "API Gateway REST APIs accept an integration timeout (timeoutInMillis) of 50 to "
        + "29,000 ms by default; 'aws apigateway import-rest-api' rejects any other value, and GAL "
        + "copies integration_timeout_ms into the export unchecked. Regional and private REST APIs "
        + "can raise the maximum to 300,000 ms through a Service Quotas request, an account setting "
        + "the linter cannot see. Set integration_timeout_ms between 50 and 29000.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
        + "#api-gateway-execution-service-limits-table")
public final class IntegrationTimeoutRange implements GalConfigRule {
  static final long MIN_MS = 50;
  static final long MAX_MS = 29_000;

  @Override
  public void check(GalConfig config, RuleContext context) {
    config.integrationTimeoutMs().ifPresent(timeout -> {
      long value = timeout.value();
      if (value < MIN_MS || value > MAX_MS) {
        context.report(timeout.pointer(),
            "integration_timeout_ms is %d; API Gateway REST APIs accept %d to %d ms, so set it within that range"
                .formatted(value, MIN_MS, MAX_MS));
      }
    });
  }
}
