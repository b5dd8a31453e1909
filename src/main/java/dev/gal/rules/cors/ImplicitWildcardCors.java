package dev.gal.rules.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-CORS-009",
    name = "implicit-wildcard-cors",
    summary = "CORS allows every origin because cors_allow_origins is not set",
    description = "GAL enables CORS by default and allows the origin * when cors_allow_origins is "
        + "absent, so any web site can call the API from a browser. That is fine for public data; "
        + "for anything else list the origins of your front ends, or set cors_enabled: false.",
    severity = Severity.INFO,
    category = Category.CORS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html")
public final class ImplicitWildcardCors implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (aws.block().isPresent() && aws.corsEnabled() && !aws.has("cors_allow_origins")) {
      context.reportKey(aws.has("cors_enabled") ? aws.blockPointer().append("cors_enabled") : aws.blockPointer(),
          "CORS is on and cors_allow_origins is not set, so every web site may call this API (origin *); list your origins if that is not intended");
    }
  }
}
