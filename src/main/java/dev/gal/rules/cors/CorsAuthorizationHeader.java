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
    id = "AWS-CORS-002",
    name = "cors-headers-miss-authorization",
    summary = "An authorizer is used, but CORS does not allow the Authorization header",
    description = "Browsers send the Authorization header cross-origin only when the preflight's "
        + "Access-Control-Allow-Headers lists it; the wildcard * does not cover Authorization. With "
        + "a Lambda, Cognito or IAM authorizer, requests from a web page then fail. Add Authorization "
        + "to cors_allow_headers.",
    severity = Severity.WARNING,
    category = Category.CORS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html")
public final class CorsAuthorizationHeader implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (aws.corsEnabled() && aws.authorizerType().isPresent()
        && !CorsOrigins.allowsHeader(aws.corsHeaders(), "Authorization")) {
      context.reportKey(aws.has("cors_allow_headers") ? aws.blockPointer().append("cors_allow_headers") : aws.blockPointer(),
          "authorizer_type is %s but cors_allow_headers does not list Authorization, so browsers cannot send the token; add it"
              .formatted(aws.authorizerType().get()));
    }
  }
}
