package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-001",
    name = "circuit-breaker-ignored",
    summary = "Circuit breaker that API Gateway does not provide",
    description = "API Gateway has no circuit breaker: it forwards every request to the integration until "
        + "the integration times out. gal export drops the block. Use stage or usage-plan "
        + "throttling, or a circuit breaker in the backend. The guide has no circuit-breaker "
        + "feature to quote; the docs link is its closest substitute, throttling.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html")
public final class CircuitBreakerIgnored extends IgnoredFeatureRule {
  public CircuitBreakerIgnored() {
    super("the route's circuit_breaker", "protect the backend with throttling in a usage plan, or in the backend itself");
  }
}
