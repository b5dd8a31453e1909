package dev.gal.builtin.auth;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Map;

@RuleInfo(
    id = "AWS-AUTH-013",
    name = "authorizer-settings-without-effect",
    summary = "Authorizer settings for a different authorizer_type",
    description = "A Lambda authorizer, a Cognito user pool authorizer and IAM are alternatives, and the "
        + "export writes the one authorizer_type names: lambda_authorizer_arn and lambda_authorizer_ttl are read "
        + "only for lambda, cognito_user_pool_arns only for cognito. Set for another type they are silently "
        + "ignored, and the API is protected differently than the file suggests. Remove them or fix the type.",
    severity = Severity.WARNING,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html",
    quote = "As an alternative to using IAM roles and policies or Lambda authorizers (formerly known as custom "
        + "authorizers), you can use an Amazon Cognito user pool to control who can access your API in Amazon API Gateway.")
public final class AuthorizerSettingsWithoutEffect implements GalConfigRule {
  private static final Map<String, String> OWNER = Map.of(
      "lambda_authorizer_arn", "lambda",
      "lambda_authorizer_ttl", "lambda",
      "cognito_user_pool_arns", "cognito");

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    String type = aws.authorizerType().orElse("not set");
    aws.block().ifPresent(block -> OWNER.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      boolean empty = block.member(e.getKey()).map(n -> n.value().isNull() || n.value().isEmpty() && n.value().isContainerNode()
          || n.value().isTextual() && n.value().textValue().isEmpty()).orElse(true);
      if (!empty && !type.equals(e.getValue())) {
        context.reportKey(block.pointer().append(e.getKey()), "%s is read only for authorizer_type %s, but authorizer_type is %s; it has no effect"
            .formatted(e.getKey(), e.getValue(), type));
      }
    }));
  }
}
