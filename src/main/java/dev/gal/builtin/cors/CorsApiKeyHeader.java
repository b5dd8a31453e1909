package dev.gal.builtin.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.FixKind;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.CorsOrigins;

@RuleInfo(
    id = "AWS-CORS-003",
    name = "cors-headers-miss-api-key",
    summary = "API keys are required, but CORS does not allow the X-Api-Key header",
    description = "With api_key_required and the key source HEADER, clients send the key in X-API-Key. "
        + "Browsers send that header cross-origin only when the preflight's "
        + "Access-Control-Allow-Headers allows it (Fetch standard, "
        + "https://fetch.spec.whatwg.org/#http-access-control-allow-headers), so web pages cannot call "
        + "the API. Add X-Api-Key to cors_allow_headers, as gal lint --fix does; the console's default list holds it.",
    severity = Severity.WARNING,
    category = Category.CORS,
    reference = CorsGuide.CONSOLE,
    quote = CorsGuide.ALLOWED_HEADERS,
    fix = FixKind.SAFE)
public final class CorsApiKeyHeader implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (aws.corsEnabled() && aws.apiKeyRequired() && aws.apiKeySource().equals("HEADER")
        && !CorsOrigins.allowsHeader(aws.corsHeaders(), "X-Api-Key")) {
      context.reportKey(CorsSetting.at(aws, "cors_allow_headers"),
          "api_key_required is true but cors_allow_headers does not list X-Api-Key, so browsers cannot send the key; add it",
          CorsListFix.adding(aws, "cors_allow_headers", AwsSettings.DEFAULT_CORS_HEADERS, java.util.List.of("X-Api-Key")));
    }
  }
}
