package dev.gal.builtin.cors;

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
    summary = "A CORS origin is not scheme://host[:port], * or null",
    description = "Browsers compare the Origin header with Access-Control-Allow-Origin byte for byte, "
        + "and they send an origin as a scheme, a host and an optional port, nothing more (Fetch "
        + "standard, https://fetch.spec.whatwg.org/#origin-header). Any scheme makes an origin "
        + "(https://app.example.com, capacitor://localhost, chrome-extension://<id>, "
        + "http://[::1]:3000), but a trailing slash, a path, a query, a missing scheme or a wildcard "
        + "in the host never matches, so every cross-origin call from that origin fails.",
    severity = Severity.ERROR,
    category = Category.CORS,
    reference = CorsGuide.HOW_TO_CORS,
    quote = "For simple cross-origin `POST` method requests, the response from your resource needs to include the header "
        + "`Access-Control-Allow-Origin`, where the value of the header key is set to `'*'`(any origin) or is set to the "
        + "origins allowed to access that resource.")
public final class CorsOriginFormat implements GalConfigRule {
  /**
   * A serialized origin: scheme "://" host [":" port], where the host is a
   * name or an IPv6 literal in brackets. A host holds no path, query,
   * fragment, user info or wildcard, none of which a browser ever sends.
   */
  private static final Pattern ORIGIN = Pattern.compile(
      "[A-Za-z][A-Za-z0-9+.-]*://(\\[[0-9A-Fa-f:.]+]|[^\\s/?#@:\\[\\]*]+)(:\\d{1,5})?|\\*|null");

  @Override
  public void check(GalConfig config, RuleContext context) {
    List<Located<String>> origins = new ArrayList<>();
    config.aws().ifPresent(aws -> origins.addAll(aws.strings("cors_allow_origins")));
    for (GalRoute route : config.routes()) {
      route.node().object("cors").ifPresent(cors -> origins.addAll(cors.strings("allowed_origins")));
    }
    for (Located<String> origin : origins) {
      if (!ORIGIN.matcher(origin.value()).matches()) {
        context.report(origin.pointer(), ("'%s' can never match the Origin header a browser sends; write scheme://host[:port] "
            + "without a path, query or trailing slash, e.g. https://app.example.com").formatted(origin.value()));
      }
    }
  }
}
