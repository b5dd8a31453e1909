package dev.gal.rules.cors;

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
    id = "AWS-CORS-004",
    name = "cors-wildcard-mixed-with-origins",
    summary = "cors_allow_origins mixes * with specific origins",
    description = "Access-Control-Allow-Origin is either * or one origin. A list with both says two "
        + "things at once: * already allows every origin, so the specific ones suggest a restriction "
        + "that does not exist. Keep * alone, or list only the origins you trust.",
    severity = Severity.ERROR,
    category = Category.CORS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html")
public final class CorsWildcardMixed implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    List<Located<String>> origins = config.awsSettings().corsOrigins();
    if (origins.size() > 1 && CorsOrigins.hasWildcard(origins)) {
      origins.stream().filter(o -> o.value().equals(CorsOrigins.WILDCARD)).findFirst().ifPresent(o -> context.report(o.pointer(),
          "cors_allow_origins mixes * with specific origins; * allows every origin, so keep * alone or remove it"));
    }
  }
}
