package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.StageVariables;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-INT-009",
    name = "upstream-host-malformed",
    summary = "upstream.host is not a host name or IP address",
    description = "The export writes the integration uri as protocol://host[:port]/path, so host must be a "
        + "DNS name or an IP address. A scheme or a space in it gives a URL API Gateway cannot "
        + "call. A port or a path after the host is kept as written on the protocol's default port, "
        + "but with another upstream.port the export adds :port after them (host:8443:8443, "
        + "host/v1:8443). A stage variable may stand for the host or a part of it "
        + "(${stageVariables.host}, ${stageVariables.env}.example.com), as the stage variables "
        + "reference allows, and so may a template placeholder that Terraform or CloudFormation fill in "
        + "(api.${env}.example.com); the rest is still checked. Put the scheme in the service's protocol "
        + "and the port in upstream.port.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "For the HTTP integration, this is the URL of the HTTP endpoint including the https or "
        + "http scheme.")
public final class UpstreamHostFormat implements GalConfigRule {
  private static final Pattern LABELS = Pattern.compile(
      "(?i)([a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?)*\\.?");
  private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F:]+]?");

  @Override
  public void check(GalConfig config, RuleContext context) {
    for (GalService service : config.services()) {
      service.upstream().ifPresent(upstream -> upstream.string("host").filter(h -> !h.value().isEmpty()).ifPresent(host -> {
        String problem = problem(host.value(), writesPort(service, upstream));
        if (problem != null) {
          context.report(host.pointer(), "upstream.host '%s' %s".formatted(host.value(), problem));
        }
      }));
    }
  }

  /** Whether the export writes :port after the host: for a port that is not the protocol's default. */
  private static boolean writesPort(GalService service, Node upstream) {
    boolean http = service.protocol().map(p -> p.value().equals("http")).orElse(false);
    return upstream.integer("port").map(p -> p.value() != (http ? 80 : 443)).orElse(false);
  }

  /**
   * A stage variable may stand for the whole host or a part of it
   * (${stageVariables.host}, ${stageVariables.env}.example.com); it is
   * checked as if it were one DNS label, so the rest is still checked; so
   * is a template placeholder.
   */
  private static String problem(String written, boolean writesPort) {
    String host = Placeholders.replaceAll(StageVariables.replaced(written, "stage-variable"), "placeholder");
    if (host.contains("://")) {
      return "contains a scheme; write only the host name and set the service's protocol";
    }
    int slash = host.indexOf('/');
    String authority = slash >= 0 ? host.substring(0, slash) : host;
    boolean port = authority.matches(".*:\\d+") && !IPV6.matcher(authority).matches();
    if (writesPort && port) {
      return "contains a port, and the export adds upstream.port after it; move the port to upstream.port";
    }
    if (writesPort && slash >= 0) {
      return "contains a path, so the export writes upstream.port after the path; write only the host name";
    }
    // On the default port the export writes the host as it is: a port or a path in it still works.
    String name = port ? authority.substring(0, authority.lastIndexOf(':')) : authority;
    if (name.length() > 253 || !(LABELS.matcher(name).matches() || IPV6.matcher(name).matches())) {
      return "is not a valid host name: use letters, digits, '-' and dots";
    }
    return null;
  }
}
