package dev.gal.rules.cors;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.rules.support.CorsOrigins;
import java.util.List;

@RuleInfo(
    id = "AWS-CORS-005",
    name = "cors-wildcard-with-credentials",
    summary = "CORS allows credentials with the wildcard origin *",
    description = "The Fetch standard forbids Access-Control-Allow-Credentials: true together with "
        + "Access-Control-Allow-Origin: *; browsers reject such responses, so credentialed requests "
        + "fail (Fetch standard, CORS protocol and credentials). Name the trusted origin instead of *, "
        + "or drop allow_credentials.",
    severity = Severity.ERROR,
    category = Category.CORS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html")
public final class CorsWildcardWithCredentials implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    for (GalRoute route : config.routes()) {
      route.node().object("cors").ifPresent(cors -> cors.bool("allow_credentials").filter(Located::value).ifPresent(credentials -> {
        List<Located<String>> origins = cors.has("allowed_origins") ? cors.strings("allowed_origins") : config.awsSettings().corsOrigins();
        if (CorsOrigins.hasWildcard(origins)) {
          context.report(credentials.pointer(),
              "allow_credentials is true while the allowed origin is *; browsers reject that pairing, so name the trusted origin");
        }
      }));
    }
  }
}
