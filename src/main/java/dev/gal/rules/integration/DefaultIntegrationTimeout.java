package dev.gal.rules.integration;

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
    summary = "No integration_timeout_ms: every route waits the maximum 29 s",
    description = "GAL's default integration timeout is 29,000 ms, the REST API maximum, so a slow "
        + "backend holds every client connection for 29 seconds before API Gateway answers 504. Set "
        + "integration_timeout_ms to what your backend really needs.",
    severity = Severity.INFO,
    category = Category.INTEGRATION,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html")
public final class DefaultIntegrationTimeout implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (aws.block().isPresent() && !aws.integrationType().equals("MOCK") && !aws.has("integration_timeout_ms")) {
      context.reportKey(aws.blockPointer(),
          "integration_timeout_ms is not set, so every route waits the maximum 29000 ms; set what the backend needs");
    }
  }
}
