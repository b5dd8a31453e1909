package dev.gal.rules.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;
import dev.gal.rules.support.Durations;

@RuleInfo(
    id = "AWS-INT-013",
    name = "timeout-beyond-integration-limit",
    summary = "A GAL timeout longer than the integration timeout API Gateway allows",
    description = "A route's timeout.read and the global timeout promise a longer wait than a REST API "
        + "integration allows. The export does not carry them (only integration_timeout_ms becomes "
        + "timeoutInMillis), and API Gateway ends every integration after at most 29 s by default. "
        + "The bound is AWS-INT-001's: for a Regional or private API whose quota was raised, the option "
        + "max_timeout_ms of AWS-INT-001 raises it here too (this rule's own max_timeout_ms, when set, "
        + "wins). Lower the timeout, or move long work behind an asynchronous API.",
    severity = Severity.WARNING,
    category = Category.INTEGRATION,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "Integration timeouts between 50 ms and 29,000 ms.",
    options = @RuleOption(name = IntegrationTimeoutLimit.OPTION, defaultValue = "29000", min = 29_000, max = 300_000,
        sameAs = "AWS-INT-001.max_timeout_ms",
        description = "Your account's integration timeout quota in ms; unless set, the value set for AWS-INT-001.max_timeout_ms."))
public final class RouteTimeoutOverLimit implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    long max = IntegrationTimeoutLimit.maxMs(config, context.options());
    config.globalBlock().ifPresent(global -> new Node(global.value(), global.pointer())
        .string("timeout").ifPresent(t -> check(t, "the global timeout", max, config, context)));
    for (GalRoute route : config.routes()) {
      route.node().object("timeout").flatMap(t -> t.string("read")).ifPresent(t -> check(t,
          "timeout.read of route " + route.path().map(Located::value).orElse("?"), max, config, context));
    }
  }

  private static void check(Located<String> duration, String what, long max, GalConfig config, RuleContext context) {
    Durations.millis(duration.value()).filter(ms -> ms > max).ifPresent(ms -> context.report(duration.pointer(),
        "%s is %s, longer than the %d ms after which API Gateway ends the integration; lower it%s"
            .formatted(what, duration.value(), max, IntegrationTimeoutLimit.raiseHint(config, max))));
  }
}
