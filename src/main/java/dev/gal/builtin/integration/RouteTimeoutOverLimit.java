package dev.gal.builtin.integration;

import dev.gal.model.Durations;
import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.rule.AwsLimits;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.OptionType;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;

@RuleInfo(
    id = RouteTimeoutOverLimit.ID,
    name = "timeout-beyond-integration-limit",
    summary = "A GAL timeout outside the integration timeouts API Gateway allows",
    description = "A route's timeout.read becomes the timeoutInMillis of the route's integrations, and API "
        + "Gateway allows 50 ms to 29 s by default: the export cuts a longer read timeout to the limit "
        + "and raises a shorter one to 50 ms, so the route behaves differently from what the config "
        + "says. The global timeout promises a longer wait than any integration allows (the export does "
        + "not carry it: integration_timeout_ms is the timeout of routes without timeout.read). "
        + "The bound is AWS-INT-001's: for a Regional or private API whose quota was raised, the option "
        + "max_timeout_ms of AWS-INT-001 raises it here too (this rule's own max_timeout_ms, when set, "
        + "wins). Lower the timeout, or move long work behind an asynchronous API.",
    severity = Severity.WARNING,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "Integration timeouts between 50 ms and 29,000 ms.",
    options = @RuleOption(name = IntegrationTimeoutLimit.OPTION, type = OptionType.INTEGER,
        min = AwsLimits.INTEGRATION_TIMEOUT_MAX_MS, max = AwsLimits.INTEGRATION_TIMEOUT_RAISED_MAX_MS,
        defaultValue = AwsLimits.INTEGRATION_TIMEOUT_MAX_MS_TEXT,
        sameAs = "AWS-INT-001.max_timeout_ms",
        description = "Your account's integration timeout quota in ms; unless set, the value set for AWS-INT-001.max_timeout_ms."))
public final class RouteTimeoutOverLimit implements GalConfigRule {
  public static final String ID = "AWS-INT-013";

  @Override
  public void check(GalConfig config, RuleContext context) {
    long max = IntegrationTimeoutLimit.maxMs(config, context.options());
    config.globalBlock().ifPresent(global -> new Node(global.value(), global.pointer()).string("timeout")
        .ifPresent(t -> Durations.millis(t.value()).filter(ms -> ms > max).ifPresent(ms -> context.report(t.pointer(),
            "the global timeout is %s, longer than the %d ms after which API Gateway ends the integration; lower it%s"
                .formatted(t.value(), max, IntegrationTimeoutLimit.raiseHint(config, max))))));
    for (GalRoute route : config.routes()) {
      route.readTimeout().ifPresent(read -> Durations.millis(read.value()).ifPresent(ms -> {
        String what = "timeout.read of route " + route.path().map(Located::value).orElse("?");
        if (ms > max) {
          context.report(read.pointer(), ("%s is %s, longer than the %d ms after which API Gateway ends the integration, so "
              + "the export writes %d ms; lower it%s").formatted(what, read.value(), max, max, IntegrationTimeoutLimit.raiseHint(config, max)));
        } else if (ms < IntegrationTimeoutLimit.MIN_MS) {
          context.report(read.pointer(), "%s is %s, shorter than the %d ms API Gateway allows, so the export writes %d ms; raise it"
              .formatted(what, read.value(), IntegrationTimeoutLimit.MIN_MS, IntegrationTimeoutLimit.MIN_MS));
        }
      }));
    }
  }
}
