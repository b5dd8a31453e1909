package dev.gal.builtin.integration;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-INT-008",
    name = "lambda-settings-without-effect",
    summary = "Lambda integration settings with an integration type that ignores them",
    description = "lambda_function_arn and lambda_invoke_role_arn are read only for integration_type "
        + "AWS_PROXY: an HTTP integration's uri is the backend URL, and a MOCK calls nothing. With "
        + "HTTP_PROXY or MOCK the export ignores them, which usually means the integration type is "
        + "not the one intended. Remove the settings or change the integration type.",
    severity = Severity.WARNING,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "The endpoint URI of the backend. For integrations of the aws type, this is an ARN value. "
        + "For the HTTP integration, this is the URL of the HTTP endpoint including the https or "
        + "http scheme.")
public final class LambdaSettingsWithoutEffect implements GalConfigRule {
  private static final List<String> LAMBDA_KEYS = List.of("lambda_function_arn", "lambda_invoke_role_arn");

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    String type = aws.integrationType();
    if (type.equals("AWS_PROXY")) {
      return;
    }
    for (String key : LAMBDA_KEYS) {
      aws.string(key).filter(v -> !v.value().isBlank()).ifPresent(v -> context.reportKey(v.pointer(),
          "%s has no effect with integration_type %s; it is read only for AWS_PROXY".formatted(key, type)));
    }
  }
}
