package dev.gal.rules.auth;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-AUTH-008",
    name = "authorizer-key-source-without-lambda",
    summary = "api_key_source AUTHORIZER without a Lambda authorizer",
    description = "With api_key_source AUTHORIZER, API Gateway takes the API key from the "
        + "usageIdentifierKey that a Lambda authorizer returns. Without a Lambda authorizer there is "
        + "no key, and with api_key_required every request is refused. Use HEADER, or a Lambda authorizer.",
    severity = Severity.ERROR,
    category = Category.AUTH,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html")
public final class ApiKeySourceNeedsLambda implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    aws.string("api_key_source").filter(s -> s.value().equals("AUTHORIZER")).ifPresent(source -> {
      if (!aws.authorizerType().map("lambda"::equals).orElse(false)) {
        context.report(source.pointer(), ("api_key_source is AUTHORIZER, but only a Lambda authorizer can supply the key "
            + "and authorizer_type is %s; use HEADER or a Lambda authorizer").formatted(aws.authorizerType().orElse("not set")));
      }
    });
  }
}
