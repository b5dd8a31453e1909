package dev.gal.rules.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-GAL-010",
    name = "advanced-routing-ignored",
    summary = "Header, claim, geo or query routing that API Gateway cannot express",
    description = "REST API resources match on path and method only. Routing by header, JWT claim, caller location or query parameter is not exported; GAL drops these blocks for AWS.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html")
public final class AdvancedRoutingIgnored extends IgnoredFeatureRule {
  public AdvancedRoutingIgnored() {
    super(Scope.ROUTE, List.of("advanced_routing", "advanced_routing_targets"), "advanced routing", "route in a Lambda function or in the backend");
  }
}
