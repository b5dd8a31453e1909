package dev.gal.rules.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.rules.support.CorsOrigins;

@RuleInfo(
    id = "AWS-CORS-003",
    name = "cors-headers-miss-api-key",
    summary = "API keys are required, but CORS does not allow the X-Api-Key header",
    description = "With api_key_required, clients send X-API-Key. Browsers send it cross-origin only "
        + "when the preflight's Access-Control-Allow-Headers allows it, so web pages cannot call the "
        + "API. Add X-Api-Key to cors_allow_headers.",
    severity = Severity.WARNING,
    category = Category.CORS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html")
public final class CorsApiKeyHeader implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (aws.corsEnabled() && aws.apiKeyRequired() && aws.apiKeySource().equals("HEADER")
        && !CorsOrigins.allowsHeader(aws.corsHeaders(), "X-Api-Key")) {
      context.reportKey(aws.has("cors_allow_headers") ? aws.blockPointer().append("cors_allow_headers") : aws.blockPointer(),
          "api_key_required is true but cors_allow_headers does not list X-Api-Key, so browsers cannot send the key; add it");
    }
  }
}
