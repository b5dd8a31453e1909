package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-005",
    name = "traffic-split-ignored",
    summary = "Traffic splitting between backends that the export drops",
    description = "A route's traffic_split is not exported: every request goes to the one upstream. API "
        + "Gateway's closest feature is a canary release of a stage, which splits a stage's traffic "
        + "between two deployments and which GAL cannot express.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release.html",
    quote = "In a canary release deployment, total API traffic is separated at random into a "
        + "production release and a canary release with a pre-configured ratio.")
public final class TrafficSplitIgnored extends IgnoredFeatureRule {
  public TrafficSplitIgnored() {
    super("traffic splitting", "use a canary release on the stage, or weighted DNS or load-balancer targets");
  }
}
