package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-INT-005",
    name = "http-proxy-protocol-unsupported",
    summary = "HTTP_PROXY service whose protocol is not http or https, which the export calls over "
        + "https",
    description = "The integration uri of an HTTP proxy is an http:// or https:// URL. gal export writes "
        + "https:// for every protocol but http, so a service with protocol http2 or grpc is called "
        + "over https, not over the protocol the config names (GAL's own exporter copied the "
        + "protocol into the scheme, http2://host, which is no HTTP URL). A setting the export "
        + "silently replaces is a warning. Use protocol http or https.",
    severity = Severity.WARNING,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "For the HTTP integration, this is the URL of the HTTP endpoint including the https or "
        + "http scheme.")
public final class HttpProxyProtocol implements GalConfigRule {
  private static final Set<String> SUPPORTED = Set.of("http", "https");

  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().integrationType().equals("HTTP_PROXY")) {
      return;
    }
    for (GalService service : config.services()) {
      service.protocol().filter(p -> !SUPPORTED.contains(p.value())).ifPresent(p -> context.report(p.pointer(),
          "service '%s' has protocol %s; an HTTP_PROXY integration URI is http:// or https://, and the export calls it over https: use http or https"
              .formatted(service.label(), p.value())));
    }
  }
}
