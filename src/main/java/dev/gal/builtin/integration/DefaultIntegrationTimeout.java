package dev.gal.builtin.integration;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-011",
    name = "default-integration-timeout",
    summary = "No integration_timeout_ms: every route waits up to GAL's default, 29 s",
    description = "GAL's default integration timeout is 29,000 ms, the most a REST API allows by default, "
        + "so a slow backend holds every client connection that long before API Gateway gives up. A route "
        + "with timeout.read has its own timeout, so the rule is quiet when every route has one. "
        + "Set integration_timeout_ms to what your backend really needs.",
    severity = Severity.INFO,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "Integration timeouts between 50 ms and 29,000 ms.")
public final class DefaultIntegrationTimeout implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    // A route's timeout.read is its own integration timeout; only routes without one wait for the default.
    boolean someRouteWaits = config.routes().stream().anyMatch(r -> r.readTimeout().isEmpty());
    if (aws.block().isPresent() && !aws.integrationType().equals("MOCK") && !aws.has("integration_timeout_ms") && someRouteWaits) {
      context.reportKey(aws.blockPointer(), "integration_timeout_ms is not set, so every route without timeout.read waits up "
          + "to GAL's default, 29000 ms; set what the backend needs");
    }
  }
}
