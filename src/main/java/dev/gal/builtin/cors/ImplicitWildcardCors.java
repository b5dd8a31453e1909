package dev.gal.builtin.cors;

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
    summary = "CORS allows every origin because cors_allow_origins is not set or empty",
    description = "GAL enables CORS by default, and the AWS export sends the origin * when "
        + "cors_allow_origins is absent or an empty list, so any web site can call the API from a "
        + "browser. That is fine for public data; for anything else list the origins of your front "
        + "ends, or set cors_enabled: false.",
    severity = Severity.INFO,
    category = Category.CORS,
    reference = CorsGuide.CONSOLE,
    quote = CorsGuide.ANY_ORIGIN)
public final class ImplicitWildcardCors implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (aws.block().isEmpty() || !aws.corsEnabled()) {
      return;
    }
    if (!aws.has("cors_allow_origins")) {
      context.reportKey(CorsSetting.at(aws, "cors_enabled"), "CORS is on and cors_allow_origins is not set, so the export "
          + "allows every origin (*) and any web site may call this API; list your origins if that is not intended");
    } else if (aws.corsOrigins().isEmpty()) {
      context.reportKey(CorsSetting.at(aws, "cors_allow_origins"), "cors_allow_origins is empty, and the export then allows "
          + "every origin (*); list your origins, or set cors_enabled: false to allow none");
    }
  }
}
