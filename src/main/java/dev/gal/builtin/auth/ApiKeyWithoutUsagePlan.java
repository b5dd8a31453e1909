package dev.gal.builtin.auth;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-AUTH-015",
    name = "api-key-without-usage-plan",
    summary = "api_key_required, but the usage plan that must hold the keys is outside GAL",
    description = "A method that requires an API key accepts only keys that a usage plan holds for the API's stage: "
        + "API Gateway compares the key with the keys of the usage plan and refuses a request whose key matches "
        + "none (403 Forbidden). GAL cannot express usage plans or API keys, so the export only marks the methods. "
        + "After deploying, create a usage plan, add the API's stage and the keys to it.",
    severity = Severity.INFO,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html",
    quote = "API Gateway reads the key and compares it against the keys in the usage plan.")
public final class ApiKeyWithoutUsagePlan implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.awsSettings().block().flatMap(b -> b.bool("api_key_required")).filter(required -> required.value())
        .ifPresent(required -> context.report(required.pointer(), "api_key_required is true, but API Gateway accepts only "
            + "keys held by a usage plan, which GAL cannot express; until you create one with this API's stage and its "
            + "keys, every request is refused (403)"));
  }
}
