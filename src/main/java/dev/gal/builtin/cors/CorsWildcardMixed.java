package dev.gal.builtin.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.CorsOrigins;
import java.util.List;

@RuleInfo(
    id = "AWS-CORS-004",
    name = "cors-wildcard-mixed-with-origins",
    summary = "cors_allow_origins mixes * with named origins, so every origin is allowed",
    description = "When cors_allow_origins holds *, the AWS export sends Access-Control-Allow-Origin: * "
        + "and drops the named origins. The API works, for every origin: the named ones suggest a "
        + "restriction that does not exist. Keep * alone, or list only the origins you trust.",
    severity = Severity.WARNING,
    category = Category.CORS,
    reference = CorsGuide.CONSOLE,
    quote = CorsGuide.ANY_ORIGIN)
public final class CorsWildcardMixed implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    List<Located<String>> origins = aws.corsOrigins();
    if (aws.corsEnabled() && origins.size() > 1 && CorsOrigins.hasWildcard(origins)) {
      origins.stream().filter(o -> o.value().equals(CorsOrigins.WILDCARD)).findFirst().ifPresent(o -> context.report(o.pointer(),
          "cors_allow_origins mixes * with named origins; the export sends *, which allows every origin, so the named ones "
              + "restrict nothing; keep * alone or remove it"));
    }
  }
}
