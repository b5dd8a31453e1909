package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-004",
    name = "http-proxy-without-upstream-host",
    summary = "HTTP_PROXY service without upstream.host",
    description = "An HTTP proxy integration forwards to one URL, which the export builds from the "
        + "service's protocol, upstream host and port. Without upstream.host there is no host to "
        + "write (GAL's own AWS validation rejects such a service too), so the API cannot reach the "
        + "backend. Give the upstream a host (a load balancer in front of several targets) and a "
        + "port.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "For the HTTP integration, this is the URL of the HTTP endpoint including the https or "
        + "http scheme.")
public final class HttpProxyUpstreamHost implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().integrationType().equals("HTTP_PROXY")) {
      return;
    }
    for (GalService service : config.services()) {
      service.upstream().ifPresent(upstream -> {
        if (upstream.string("host").filter(h -> !h.value().isBlank()).isEmpty()) {
          // At an empty host where one is written, else at the upstream that lacks it.
          JsonPointer at = upstream.member("host").map(Node::pointer).orElse(upstream.pointer());
          context.report(at, ("service '%s' has no upstream.host; an HTTP_PROXY integration needs "
              + "one host and port to forward to").formatted(service.label()));
        }
      });
    }
  }
}
