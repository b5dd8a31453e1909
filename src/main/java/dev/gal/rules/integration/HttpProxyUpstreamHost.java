package dev.gal.rules.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-004",
    name = "http-proxy-without-upstream-host",
    summary = "HTTP_PROXY service without upstream.host",
    description = "An HTTP proxy integration forwards to one URL built from the service's upstream "
        + "host and port. Load-balancing targets cannot be expressed in API Gateway, and GAL's own "
        + "AWS validation rejects a service whose upstream lists only targets. Give the upstream a "
        + "host (a load balancer in front of the targets) and a port.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html")
public final class HttpProxyUpstreamHost implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().integrationType().equals("HTTP_PROXY")) {
      return;
    }
    for (GalService service : config.services()) {
      service.upstream().ifPresent(upstream -> {
        if (upstream.string("host").filter(h -> !h.value().isBlank()).isEmpty()) {
          context.report(upstream.pointer(), ("service '%s' has no upstream.host; an HTTP_PROXY integration needs "
              + "one host and port to forward to").formatted(service.label()));
        }
      });
    }
  }
}
