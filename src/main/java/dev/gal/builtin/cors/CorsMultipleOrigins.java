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
    id = "AWS-CORS-006",
    name = "cors-multiple-origins",
    summary = "More than one CORS origin, but the AWS export writes only the first",
    description = "Access-Control-Allow-Origin holds exactly one origin or * (Fetch standard, "
        + "https://fetch.spec.whatwg.org/#http-access-control-allow-origin), and the OPTIONS mock "
        + "integration returns a static value. So the AWS export writes only the first origin of "
        + "cors_allow_origins, in the preflight responses, the mock integrations and the gateway "
        + "responses, and silently drops the others: web pages served from them cannot call the API. "
        + "Keep one origin, use *, or answer CORS, the preflight included, from a backend that returns "
        + "the caller's origin when it is allowed.",
    severity = Severity.WARNING,
    category = Category.CORS,
    reference = CorsGuide.HOW_TO_CORS,
    quote = CorsGuide.STATIC_OPTIONS)
public final class CorsMultipleOrigins implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    List<Located<String>> origins = aws.corsOrigins();
    if (!aws.corsEnabled() || origins.size() < 2 || CorsOrigins.hasWildcard(origins)) {
      return;
    }
    String exported = origins.get(0).value();
    for (Located<String> dropped : origins.subList(1, origins.size())) {
      context.report(dropped.pointer(), ("the AWS export writes only the first origin, %s, so %s is dropped: "
          + "Access-Control-Allow-Origin holds one origin, and browsers refuse pages from the others; keep one origin or use *")
          .formatted(exported, dropped.value()));
    }
  }
}
