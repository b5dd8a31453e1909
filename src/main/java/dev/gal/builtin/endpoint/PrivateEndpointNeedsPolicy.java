package dev.gal.builtin.endpoint;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-END-001",
    name = "private-endpoint-needs-policy",
    summary = "PRIVATE endpoint: GAL cannot express the resource policy it needs",
    description = "A private REST API is reachable only through an interface VPC endpoint, and only "
        + "when its resource policy allows that endpoint; without the policy every call is denied. "
        + "GAL has no key for the resource policy or the VPC endpoint ids, so they must be added "
        + "outside GAL after export. Make sure your deployment does that.",
    severity = Severity.WARNING,
    category = Category.ENDPOINT,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html",
    quote = "To grant access to your private API to VPCs and VPC endpoints, you need to create a "
        + "resource policy and attach it to the newly created (or converted) API. Until you do so, "
        + "all calls to the API will fail.")
public final class PrivateEndpointNeedsPolicy implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.awsSettings().string("endpoint_type").filter(t -> t.value().equals("PRIVATE")).ifPresent(t -> context.report(
        t.pointer(), "endpoint_type PRIVATE needs a resource policy granting your VPC endpoint access, which GAL "
            + "cannot express; without it every call is denied, so add the policy at deployment"));
  }
}
