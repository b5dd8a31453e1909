package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-003",
    name = "load-balancing-ignored",
    summary = "Load-balancing targets that API Gateway cannot spread traffic over",
    description = "An HTTP integration has one backend URL; API Gateway does not balance between targets. "
        + "gal export drops targets and load_balancer. Put an Application or Network Load Balancer "
        + "in front of the targets and point upstream.host at it.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html",
    quote = "With proxy integration, setup is simple. You only need to set the HTTP method and the "
        + "HTTP endpoint URI, according to the backend requirements, if you are not concerned with "
        + "content encoding or caching.")
public final class LoadBalancingIgnored extends IgnoredFeatureRule {
  public LoadBalancingIgnored() {
    super("load balancing over several targets", "put a load balancer in front of the targets and use its host as upstream.host");
  }
}
