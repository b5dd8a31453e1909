package dev.gal.rules.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-INT-009",
    name = "upstream-host-malformed",
    summary = "upstream.host is not a host name or IP address",
    description = "The export writes the integration uri as protocol://host:port/path, so host must "
        + "be a bare DNS name or IP address. A scheme (https://api.example.com), a path, a port or a "
        + "space in it produce a URI that API Gateway rejects or that points somewhere else. Put the "
        + "scheme in the service's protocol and the port in upstream.port.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html")
public final class UpstreamHostFormat implements GalConfigRule {
  private static final Pattern LABELS = Pattern.compile(
      "(?i)([a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?)*\\.?");
  private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F:]+]?");

  @Override
  public void check(GalConfig config, RuleContext context) {
    for (GalService service : config.services()) {
      service.upstream().flatMap(u -> u.string("host")).filter(h -> !h.value().isEmpty()).ifPresent(host -> {
        String problem = problem(host.value());
        if (problem != null) {
          context.report(host.pointer(), "upstream.host '%s' %s".formatted(host.value(), problem));
        }
      });
    }
  }

  private static String problem(String host) {
    if (host.contains("://")) {
      return "contains a scheme; write only the host name and set the service's protocol";
    }
    if (host.contains("/")) {
      return "contains a path; write only the host name";
    }
    if (host.matches(".*:\\d+") && !IPV6.matcher(host).matches()) {
      return "contains a port; move it to upstream.port";
    }
    if (host.length() > 253 || !(LABELS.matcher(host).matches() || IPV6.matcher(host).matches())) {
      return "is not a valid host name: use letters, digits, '-' and dots";
    }
    return null;
  }
}
