package dev.gal.rules.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-009",
    name = "route-rate-limit-ignored",
    summary = "Per-route rate limit without a usage plan",
    description = "API Gateway throttles per stage, per method in stage settings, and per client in usage "
        + "plans; none of these is generated from a route's rate_limit, which gal export drops.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html",
    quote = "As an API developer, you can set the target limits for individual API stages or methods "
        + "to improve overall performance across all APIs in your account. Alternatively, you can "
        + "enable usage plans to set throttles on client request submissions based on specified "
        + "requests rates and quotas.")
public final class RateLimitIgnored extends IgnoredFeatureRule {
  public RateLimitIgnored() {
    super("the route's rate_limit", "set method throttling on the stage or a usage plan outside GAL");
  }
}
