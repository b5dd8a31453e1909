package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = UnexportedSettings.OUTSIDE_THE_EXPORT,
    name = "settings-outside-the-export",
    summary = "A setting for self-hosted gateways or another provider, which the AWS export leaves out",
    description = "A GAL config describes a gateway for any provider, so it may hold settings that have no place in "
        + "an API Gateway OpenAPI document: the listen address, ports, request timeout, logging and metrics of "
        + "self-hosted gateways, plugins, the blocks of other providers, and GAL's mirroring workaround, which is "
        + "set up beside API Gateway. gal export leaves them out; this note says so, so that nothing is dropped "
        + "unseen. Configure their AWS counterparts (stage logging, CloudWatch) outside GAL, or disable the rule "
        + "when the config serves several providers.",
    severity = Severity.INFO,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html")
public final class SettingsOutsideTheExport extends UnexportedSettingRule {
  public SettingsOutsideTheExport() {
    super("is not part of the AWS export");
  }
}
