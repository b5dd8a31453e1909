package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-014",
    name = "upstream-port-protocol-mismatch",
    summary = "https upstream on port 80, or http upstream on port 443",
    description = "The integration uri combines the service protocol with upstream.port. https on port 80 "
        + "or http on port 443 almost always pairs a TLS client with a plain HTTP server or the "
        + "reverse, and the call fails. Use https with 443 or http with 80, or check the port.",
    severity = Severity.WARNING,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "For the HTTP integration, this is the URL of the HTTP endpoint including the https or "
        + "http scheme.")
public final class UpstreamPortProtocol implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().integrationType().equals("HTTP_PROXY")) {
      return;
    }
    for (GalService service : config.services()) {
      String protocol = service.protocol().map(p -> p.value()).orElse("");
      service.upstream().flatMap(u -> u.integer("port")).ifPresent(port -> {
        boolean mismatch = (protocol.equals("https") && port.value() == 80) || (protocol.equals("http") && port.value() == 443);
        if (mismatch) {
          context.report(port.pointer(), "service '%s' speaks %s to port %d; that pairing fails at the TLS layer, use %s"
              .formatted(service.label(), protocol, port.value(), protocol.equals("https") ? "port 443" : "https or port 80"));
        }
      });
    }
  }
}
