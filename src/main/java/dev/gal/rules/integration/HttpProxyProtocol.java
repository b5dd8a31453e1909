package dev.gal.rules.integration;

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
    summary = "HTTP_PROXY service whose protocol is not http or https",
    description = "The integration uri of an HTTP proxy is an absolute http:// or https:// URL. GAL "
        + "copies the service protocol into the URI scheme, so http2 or grpc produce a backend URI "
        + "such as http2://host that API Gateway rejects. Use protocol http or https.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html")
public final class HttpProxyProtocol implements GalConfigRule {
  private static final Set<String> SUPPORTED = Set.of("http", "https");

  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().integrationType().equals("HTTP_PROXY")) {
      return;
    }
    for (GalService service : config.services()) {
      service.protocol().filter(p -> !SUPPORTED.contains(p.value())).ifPresent(p -> context.report(p.pointer(),
          "service '%s' has protocol %s; an HTTP_PROXY integration URI must be http:// or https://, so use http or https"
              .formatted(service.label(), p.value())));
    }
  }
}
