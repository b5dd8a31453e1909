package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-010",
    name = "advanced-routing-ignored",
    summary = "Header, claim, geo or query routing that API Gateway cannot express",
    description = "REST API methods match on resource path and HTTP verb only. Routing by header, JWT "
        + "claim, caller location or query parameter is not exported; gal export drops these "
        + "blocks.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html",
    quote = "Creating an API Method resource that is a specific HTTP verb on the new or chosen API "
        + "Resource.")
public final class AdvancedRoutingIgnored extends IgnoredFeatureRule {
  public AdvancedRoutingIgnored() {
    super("advanced routing", "route in a Lambda function or in the backend");
  }
}
