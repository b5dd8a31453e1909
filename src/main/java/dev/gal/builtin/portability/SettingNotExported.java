package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = UnexportedSettings.NOT_EXPORTED,
    name = "setting-not-exported",
    summary = "A route or API setting that gal export cannot carry into the OpenAPI document",
    description = "Some settings change how a GAL gateway behaves but have no counterpart that gal export can write: "
        + "a route's connect, send and idle timeouts (an integration has one timeout, taken from timeout.read), "
        + "its jwt settings and failure status and message (API Gateway's authorizer and gateway responses decide "
        + "them), an API key name or location other than the x-api-key header, and an openapi_version or "
        + "export_format other than OpenAPI 3.0. The API then behaves differently from what the config says. "
        + "Remove the setting, or move the behaviour into the authorizer or the backend.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html")
public final class SettingNotExported extends UnexportedSettingRule {
  public SettingNotExported() {
    super("is not exported");
  }
}
