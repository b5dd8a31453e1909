package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-016",
    name = "upstream-port-unsupported",
    summary = "HTTP_PROXY to an upstream port API Gateway does not call: not 80, 443 or 1024 to 65535",
    description = "API Gateway calls HTTP endpoints on ports 80, 443 and 1024 to 65535 only, and the "
        + "export writes upstream.port into the integration uri. A backend on port 22, 1000 or any other "
        + "port below 1024 cannot be reached. Serve the backend on an allowed port, or put a load "
        + "balancer listening on one in front of it.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html",
    quote = "API Gateway supports the following endpoint ports: 80, 443 and 1024-65535.")
public final class UpstreamPortUnsupported implements GalConfigRule {
  private static final long LOWEST_HIGH_PORT = 1024;

  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().integrationType().equals("HTTP_PROXY")) {
      return;
    }
    for (GalService service : config.services()) {
      service.upstream().flatMap(u -> u.integer("port")).filter(p -> !supported(p.value())).ifPresent(port ->
          context.report(port.pointer(), "upstream.port %d of service '%s' is not one API Gateway calls: use 80, 443 or 1024 to 65535"
              .formatted(port.value(), service.label())));
    }
  }

  private static boolean supported(long port) {
    return port == 80 || port == 443 || (port >= LOWEST_HIGH_PORT && port <= 65_535);
  }
}
