package dev.gal.rules.cors;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-CORS-010",
    name = "cors-origin-malformed",
    summary = "A CORS origin is not scheme://host[:port] or *",
    description = "Browsers compare the Origin header with Access-Control-Allow-Origin exactly. An "
        + "origin is a scheme, a host and an optional port: https://app.example.com. A trailing slash, "
        + "a path, or a missing scheme never matches, so every cross-origin call fails.",
    severity = Severity.ERROR,
    category = Category.CORS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html")
public final class CorsOriginFormat implements GalConfigRule {
  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?|\\*|null");

  @Override
  public void check(GalConfig config, RuleContext context) {
    List<Located<String>> origins = new ArrayList<>();
    config.aws().ifPresent(aws -> origins.addAll(aws.strings("cors_allow_origins")));
    for (GalRoute route : config.routes()) {
      route.node().object("cors").ifPresent(cors -> origins.addAll(cors.strings("allowed_origins")));
    }
    for (Located<String> origin : origins) {
      if (!ORIGIN.matcher(origin.value()).matches()) {
        context.report(origin.pointer(), "'%s' is not an origin; write scheme://host[:port] without a path or trailing slash, e.g. https://app.example.com"
            .formatted(origin.value()));
      }
    }
  }
}
