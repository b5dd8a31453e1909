package dev.gal.builtin.auth;

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
    summary = "API keys required from an AUTHORIZER key source, but there is no Lambda authorizer",
    description = "With api_key_source AUTHORIZER, API Gateway takes the API key from the "
        + "usageIdentifierKey that a Lambda authorizer returns. The source matters only when methods require "
        + "API keys (api_key_required); then, without a Lambda authorizer, no request ever carries a key and "
        + "every request is refused. Use HEADER, or a Lambda authorizer.",
    severity = Severity.ERROR,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html",
    quote = "You have a Lambda authorizer return the API key as part of the authorization response.")
public final class ApiKeySourceNeedsLambda implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (!aws.apiKeyRequired() || aws.authorizerType().filter("lambda"::equals).isPresent()) {
      return;
    }
    aws.string("api_key_source").filter(s -> s.value().equals("AUTHORIZER")).ifPresent(source -> context.report(source.pointer(),
        ("api_key_source is AUTHORIZER and api_key_required is true, but only a Lambda authorizer can supply the key and "
            + "authorizer_type is %s, so every request is refused; use HEADER or a Lambda authorizer")
            .formatted(aws.authorizerType().orElse("not set"))));
  }
}
