package dev.gal.builtin.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-CORS-007",
    name = "cors-settings-while-disabled",
    summary = "CORS settings given while cors_enabled is false",
    description = "The CORS settings become the static values of the OPTIONS methods that answer "
        + "preflights. With cors_enabled false the AWS export writes no OPTIONS method and no CORS "
        + "header, so cors_allow_origins, cors_allow_methods and cors_allow_headers have no effect. "
        + "Either the settings are stale or CORS was meant to be on.",
    severity = Severity.WARNING,
    category = Category.CORS,
    reference = CorsGuide.HOW_TO_CORS,
    quote = CorsGuide.STATIC_OPTIONS)
public final class CorsSettingsWhileDisabled implements GalConfigRule {
  private static final List<String> KEYS = List.of("cors_allow_origins", "cors_allow_methods", "cors_allow_headers");

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (aws.corsEnabled()) {
      return;
    }
    for (String key : KEYS) {
      if (aws.has(key)) {
        context.reportKey(aws.blockPointer().append(key), "%s has no effect because cors_enabled is false".formatted(key));
      }
    }
  }
}
