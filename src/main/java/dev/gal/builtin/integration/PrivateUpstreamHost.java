package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-INT-012",
    name = "private-upstream-host",
    summary = "HTTP_PROXY to a private or local address that API Gateway cannot reach",
    description = "An HTTP proxy integration with connection type INTERNET reaches the backend over the "
        + "public internet. localhost, private IPv4 ranges (10/8, 172.16/12, 192.168/16) and names "
        + "such as *.internal, *.local or *.svc.cluster.local are not reachable from there; "
        + "resources in a VPC take a private integration through a VPC link, which GAL cannot "
        + "express. Use a public endpoint of the backend.",
    severity = Severity.WARNING,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html",
    quote = "The API Gateway private integration makes it simple to expose your HTTP/HTTPS resources "
        + "within an Amazon VPC for access by clients outside of the VPC.")
public final class PrivateUpstreamHost implements GalConfigRule {
  private static final Pattern PRIVATE = Pattern.compile("(?i)localhost|127(\\.\\d{1,3}){3}|10(\\.\\d{1,3}){3}"
      + "|192\\.168(\\.\\d{1,3}){2}|172\\.(1[6-9]|2\\d|3[01])(\\.\\d{1,3}){2}|0\\.0\\.0\\.0"
      + "|.*\\.(internal|local|localdomain|svc|cluster\\.local|lan)|[a-z0-9-]+");

  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().integrationType().equals("HTTP_PROXY")) {
      return;
    }
    for (GalService service : config.services()) {
      service.upstream().flatMap(u -> u.string("host"))
          .filter(h -> PRIVATE.matcher(h.value()).matches())
          .ifPresent(h -> context.report(h.pointer(), ("upstream.host '%s' is a private or local name; API Gateway "
              + "reaches HTTP_PROXY backends over the internet, so use a public host name").formatted(h.value())));
    }
  }
}
