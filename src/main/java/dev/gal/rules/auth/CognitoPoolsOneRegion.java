package dev.gal.rules.auth;

import dev.gal.model.GalConfig;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.rules.support.Arn;

@RuleInfo(
    id = "AWS-AUTH-007",
    name = "cognito-pools-in-several-regions",
    summary = "Cognito user pools from more than one region",
    description = "One Cognito user pool authorizer validates tokens of the pools in its "
        + "providerARNs; GAL creates one authorizer for all of them, and pools in different regions "
        + "cannot be combined that way. Keep the pools of one authorizer in one region.",
    severity = Severity.ERROR,
    category = Category.AUTH,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html")
public final class CognitoPoolsOneRegion implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.aws().ifPresent(aws -> {
      String firstRegion = null;
      for (Located<String> text : aws.strings("cognito_user_pool_arns")) {
        String region = Arn.parse(text.value()).map(Arn::region).orElse("");
        if (region.isEmpty()) {
          continue;
        }
        if (firstRegion == null) {
          firstRegion = region;
        } else if (!firstRegion.equals(region)) {
          context.report(text.pointer(), "this user pool is in %s but the first one is in %s; one authorizer takes pools of one region"
              .formatted(region, firstRegion));
        }
      }
    });
  }
}
