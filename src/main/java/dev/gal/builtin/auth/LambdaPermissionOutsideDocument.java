package dev.gal.builtin.auth;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.Arn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "AWS-AUTH-014",
    name = "lambda-permission-outside-document",
    summary = "A Lambda function that API Gateway may invoke only after a permission is added by hand",
    description = "API Gateway invokes a Lambda function either with an IAM role (an integration's credentials, "
        + "an authorizer's authorizerCredentials) or under a resource-based permission on the function. GAL "
        + "cannot give a Lambda authorizer a role, and an AWS_PROXY integration has one only with "
        + "lambda_invoke_role_arn. Without a role the exported document grants nothing: until someone adds the "
        + "permission (aws lambda add-permission --principal apigateway.amazonaws.com), calls to the function fail. "
        + "Reported once per config, at the first such function.",
    severity = Severity.INFO,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "If unspecified, credentials default to resource-based permissions that must be added manually to allow "
        + "the API to access the resource.")
public final class LambdaPermissionOutsideDocument implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    List<Located<String>> functions = new ArrayList<>();
    List<String> named = new ArrayList<>();
    if (aws.authorizerType().filter("lambda"::equals).isPresent()) {
      nonEmpty(aws, "lambda_authorizer_arn").ifPresent(arn -> {
        functions.add(arn);
        named.add("the authorizer function " + functionName(arn.value()));
      });
    }
    if (aws.integrationType().equals("AWS_PROXY") && nonEmpty(aws, "lambda_invoke_role_arn").isEmpty()) {
      nonEmpty(aws, "lambda_function_arn").ifPresent(arn -> {
        functions.add(arn);
        named.add("the integration function " + functionName(arn.value()) + " (no lambda_invoke_role_arn)");
      });
    }
    if (!functions.isEmpty()) {
      context.report(functions.get(0).pointer(), ("API Gateway invokes %s without a role, so %s a resource-based "
          + "permission for apigateway.amazonaws.com, added by hand outside the exported document (aws lambda add-permission)")
          .formatted(String.join(" and ", named), named.size() == 1 ? "it needs" : "each needs"));
    }
  }

  private static Optional<Located<String>> nonEmpty(AwsSettings aws, String key) {
    return aws.string(key).filter(value -> !value.value().isBlank());
  }

  /** 'NAME' from arn:...:function:NAME[:ALIAS]; the text itself when it is no such ARN. */
  private static String functionName(String text) {
    String resource = Arn.parse(text).map(Arn::resource).orElse(text);
    String[] parts = resource.split(":");
    return "'" + (parts.length > 1 && parts[0].equals("function") ? parts[1] : text) + "'";
  }
}
