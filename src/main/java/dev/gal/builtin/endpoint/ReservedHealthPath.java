package dev.gal.builtin.endpoint;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-END-009",
    name = "reserved-health-check-path",
    summary = "Route at /ping or /sping, paths API Gateway reserves",
    description = "API Gateway reserves the root-level paths /ping and /sping for its own health "
        + "checks. Behind a custom domain name, requests to them never reach the API. Move the route, "
        + "for example to /health.",
    severity = Severity.WARNING,
    category = Category.ENDPOINT,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "The /ping and /sping paths are reserved for the service health check. Use of these for "
        + "API root-level resources with custom domains will fail to produce the expected result.")
public final class ReservedHealthPath implements GalConfigRule {
  private static final Set<String> RESERVED = Set.of("/ping", "/sping");

  @Override
  public void check(GalConfig config, RuleContext context) {
    for (GalRoute route : config.routes()) {
      route.path().filter(p -> RESERVED.contains(p.value())).ifPresent(p -> context.report(p.pointer(),
          "%s is reserved by API Gateway for health checks and does not reach the API behind a custom domain; use another path"
              .formatted(p.value())));
    }
  }
}
