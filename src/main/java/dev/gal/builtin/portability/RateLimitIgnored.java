package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.ExportTarget;
import dev.gal.rule.OptionType;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-009",
    name = "route-rate-limit-ignored",
    summary = "Per-route rate limit that the export target does not carry",
    description = "API Gateway throttles per stage, per method in stage settings, and per client in usage "
        + "plans; none of these is part of the OpenAPI document, so gal export --target openapi drops a route's "
        + "rate_limit. The cloudformation target carries its requests_per_second and burst as the stage's method "
        + "throttling, so with target cloudformation the rule reports only what a stage cannot do: a key_type "
        + "(per IP address, header or JWT claim), key_header, key_claim, and a response_status or "
        + "response_message of its own.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html",
    quote = "As an API developer, you can set the target limits for individual API stages or methods "
        + "to improve overall performance across all APIs in your account. Alternatively, you can "
        + "enable usage plans to set throttles on client request submissions based on specified "
        + "requests rates and quotas.",
    options = @RuleOption(name = ExportTarget.OPTION, type = OptionType.ENUM, values = {"openapi", "cloudformation"},
        defaultValue = "openapi",
        description = "The gal export target the config is for; gal lint --target and gal export --target set it."))
public final class RateLimitIgnored extends IgnoredFeatureRule {
  public RateLimitIgnored() {
    super("the route's rate_limit", "export with --target cloudformation, which sets it as the stage's method "
        + "throttling, or set throttling outside GAL");
  }
}
