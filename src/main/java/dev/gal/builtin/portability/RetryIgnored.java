package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-004",
    name = "retry-ignored",
    summary = "Retries that API Gateway does not perform",
    description = "API Gateway does not retry a failed integration call: a timeout or 5xx goes to the "
        + "client. gal export drops the retry block. Retry in the client (the AWS SDKs do) or in "
        + "the backend. The guide describes no integration retry to quote.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html")
public final class RetryIgnored extends IgnoredFeatureRule {
  public RetryIgnored() {
    super("the route's retry policy", "retry in the client or the backend, keeping requests idempotent");
  }
}
