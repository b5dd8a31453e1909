package dev.gal.builtin.endpoint;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.rule.AppliesTo;

@RuleInfo(
    id = "AWS-END-008",
    name = "aws-settings-for-other-provider",
    summary = "AWS API Gateway settings in a config for another provider",
    description = "GAL reads global_config.aws_apigateway only when provider is aws_apigateway. For any "
        + "other provider the block is ignored, which usually means the provider line is wrong. Set "
        + "provider: aws_apigateway, or remove the block. This is a fact of GAL, not of AWS, so no "
        + "AWS sentence is quoted; the docs link names the extensions the ignored block would "
        + "produce.",
    severity = Severity.WARNING,
    category = Category.ENDPOINT,
    appliesTo = AppliesTo.ANY_CONFIG,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html")
public final class ProviderNotAws implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.root().string("provider").filter(p -> !p.value().equals("aws_apigateway")).ifPresent(provider ->
        config.aws().ifPresent(aws -> context.report(provider.pointer(),
            "provider is %s, so the aws_apigateway block is ignored; use provider: aws_apigateway or remove the block"
                .formatted(provider.value()))));
  }
}
