package dev.gal.rules.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-GAL-004",
    name = "retry-ignored",
    summary = "Retries that API Gateway does not perform",
    description = "API Gateway never retries a failed integration call: a timeout or 5xx goes straight to the client. GAL drops the retry block for AWS. Retry in the client (the AWS SDKs do) or in the backend.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html")
public final class RetryIgnored extends IgnoredFeatureRule {
  public RetryIgnored() {
    super(Scope.ROUTE, List.of("retry"), "the route's retry policy", "retry in the client or the backend, keeping requests idempotent");
  }
}
