package dev.gal.rules.integration;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-001",
    name = "integration-timeout-out-of-range",
    summary = "Integration timeout outside 50 to 29000 ms",
    description = "API Gateway REST APIs accept an integration timeout (timeoutInMillis) of 50 to "
        + "29,000 ms by default; 'aws apigateway import-rest-api' rejects any other value, and GAL "
        + "copies integration_timeout_ms into the export unchecked. Regional and private REST APIs "
        + "can raise the maximum to 300,000 ms through a Service Quotas request, an account setting "
        + "the linter cannot see: set the option max_timeout_ms when your account has it. "
        + "Edge-optimized APIs keep 29,000 ms. Set integration_timeout_ms between 50 and 29000.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html",
    options = @RuleOption(name = "max_timeout_ms", defaultValue = "29000", min = 29_000, max = 300_000,
        description = "The raised maximum for REGIONAL and PRIVATE APIs after a Service Quotas increase, up to 300000."))
public final class IntegrationTimeoutRange implements GalConfigRule {
  static final long MIN_MS = 50;
  static final long DEFAULT_MAX_MS = 29_000;
  static final long QUOTA_CEILING_MS = 300_000;

  @Override
  public void check(GalConfig config, RuleContext context) {
    String endpoint = config.awsSettings().endpointType();
    long raised = Math.min(context.options().integer("max_timeout_ms"), QUOTA_CEILING_MS);
    long max = endpoint.equals("EDGE") ? DEFAULT_MAX_MS : Math.max(DEFAULT_MAX_MS, raised);
    config.integrationTimeoutMs().ifPresent(timeout -> {
      long value = timeout.value();
      if (value < MIN_MS || value > max) {
        context.report(timeout.pointer(),
            "integration_timeout_ms is %d; API Gateway %s REST APIs accept %d to %d ms, so set it within that range%s"
                .formatted(value, endpoint, MIN_MS, max,
                    value > max && max == DEFAULT_MAX_MS && !endpoint.equals("EDGE")
                        ? " (or set the option max_timeout_ms if your account's quota is raised)" : ""));
      }
    });
  }
}
