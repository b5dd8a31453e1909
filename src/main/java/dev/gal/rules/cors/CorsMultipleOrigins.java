package dev.gal.rules.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.rules.support.CorsOrigins;
import java.util.List;

@RuleInfo(
    id = "AWS-CORS-006",
    name = "cors-multiple-origins",
    summary = "More than one CORS origin, which a static OPTIONS response cannot express",
    description = "Access-Control-Allow-Origin holds exactly one origin or *. The OPTIONS mock "
        + "integration returns a fixed value, and GAL joins several origins with commas, which every "
        + "browser rejects. Serve one origin, use *, or return the matching origin from the backend.",
    severity = Severity.ERROR,
    category = Category.CORS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html")
public final class CorsMultipleOrigins implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    List<Located<String>> origins = aws.corsOrigins();
    if (aws.corsEnabled() && origins.size() > 1 && !CorsOrigins.hasWildcard(origins)) {
      context.report(origins.get(1).pointer(), ("cors_allow_origins lists %d origins, but Access-Control-Allow-Origin holds one; "
          + "browsers reject the comma-joined value GAL emits").formatted(origins.size()));
    }
  }
}
