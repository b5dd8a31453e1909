package dev.gal.rules.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.rules.support.Durations;
import java.util.Optional;

@RuleInfo(
    id = "AWS-INT-013",
    name = "timeout-beyond-integration-limit",
    summary = "A GAL timeout longer than API Gateway's 29 s integration limit",
    description = "A route's timeout.read and the global timeout promise clients a longer wait than "
        + "a REST API integration allows: API Gateway answers 504 after 29 seconds whatever they say. "
        + "Lower the timeout to 29s, or move long work behind an asynchronous API.",
    severity = Severity.WARNING,
    category = Category.INTEGRATION,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html")
public final class RouteTimeoutOverLimit implements GalConfigRule {
  private static final long LIMIT_MS = 29_000;

  @Override
  public void check(GalConfig config, RuleContext context) {
    config.globalBlock().ifPresent(global -> new dev.gal.model.Node(global.value(), global.pointer())
        .string("timeout").ifPresent(t -> check(t, "the global timeout", context)));
    for (GalRoute route : config.routes()) {
      route.node().object("timeout").flatMap(t -> t.string("read")).ifPresent(t -> check(t,
          "timeout.read of route " + route.path().map(Located::value).orElse("?"), context));
    }
  }

  private static void check(Located<String> duration, String what, RuleContext context) {
    Optional<Long> ms = Durations.millis(duration.value());
    if (ms.isPresent() && ms.get() > LIMIT_MS) {
      context.report(duration.pointer(), "%s is %s, but API Gateway ends every integration after 29 s; lower it to 29s or less"
          .formatted(what, duration.value()));
    }
  }
}
