package dev.gal.builtin.portability;

import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-002",
    name = "health-check-ignored",
    summary = "Upstream health checks that API Gateway does not run",
    description = "API Gateway does not probe backends: an HTTP integration calls its one URL whatever the "
        + "backend's health. gal export drops the block. Monitor the backend with Route 53 health "
        + "checks or CloudWatch alarms. The guide has no backend health-check feature to quote.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/monitoring-cloudwatch.html")
public final class HealthCheckIgnored extends IgnoredFeatureRule {
  public HealthCheckIgnored() {
    super("the upstream's health_check", "monitor the backend with Route 53 health checks or CloudWatch alarms");
  }

  /** GAL's active and passive checks are off unless enabled: true. */
  @Override
  boolean isOn(Node block) {
    return block.value().path("active").path("enabled").asBoolean(false)
        || block.value().path("passive").path("enabled").asBoolean(false);
  }
}
