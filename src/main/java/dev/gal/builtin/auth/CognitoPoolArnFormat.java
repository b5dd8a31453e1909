package dev.gal.builtin.auth;

import dev.gal.model.GalConfig;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.ArnCheck;

@RuleInfo(
    id = "AWS-AUTH-006",
    name = "cognito-pool-arn-malformed",
    summary = "A cognito_user_pool_arns entry is not a user pool ARN",
    description = "The Cognito authorizer's providerARNs name its user pools by their full ARNs, "
        + "arn:PARTITION:cognito-idp:REGION:ACCOUNT:userpool/REGION_ID, where the pool id starts with "
        + "its own region. A pool id alone, an identity pool or an app client id names no user pool, so "
        + "the authorizer cannot validate tokens against it. Copy the pool's ARN from Cognito.",
    severity = Severity.ERROR,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-cross-account-cognito-authorizer.html",
    quote = "For Cognito User Pool, copy-paste the full ARN for the user pool that you have in your second account.")
public final class CognitoPoolArnFormat implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.aws().ifPresent(aws -> {
      for (Located<String> arn : aws.strings("cognito_user_pool_arns")) {
        ArnCheck.cognitoUserPool(arn.value()).ifPresent(problem -> context.report(arn.pointer(),
            "cognito_user_pool_arns entry '%s' %s".formatted(arn.value(), problem)));
      }
    });
  }
}
