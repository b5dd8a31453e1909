package dev.gal.builtin.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.FixKind;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "AWS-CORS-001",
    name = "cors-methods-miss-route-methods",
    summary = "cors_allow_methods misses a method that routes declare and that browsers preflight",
    description = "Before a cross-origin call with a method other than GET, HEAD or POST, a browser "
        + "sends a preflight OPTIONS request and makes the call only when the preflight's "
        + "Access-Control-Allow-Methods lists the method. The OPTIONS mock integration answers with "
        + "cors_allow_methods, so a route method such as PUT, PATCH or DELETE missing from the list "
        + "cannot be called from a web page. GET, HEAD and POST are CORS-safelisted methods that "
        + "browsers allow without the list, and OPTIONS is the preflight itself, so none of them needs "
        + "listing (Fetch standard, https://fetch.spec.whatwg.org/#cors-safelisted-method and "
        + "CORS-preflight fetch). Add the missing methods to cors_allow_methods; gal lint --fix does, and "
        + "where the key is absent it writes GAL's default list with them.",
    severity = Severity.WARNING,
    category = Category.CORS,
    reference = CorsGuide.HOW_TO_CORS,
    quote = CorsGuide.PREFLIGHT,
    fix = FixKind.SAFE)
public final class CorsMethodsCoverRoutes implements GalConfigRule {
  /**
   * Methods a browser never checks against Access-Control-Allow-Methods: the
   * CORS-safelisted ones and the preflight's own OPTIONS. ANY names no method
   * a browser would send, so there is nothing to check either.
   */
  private static final Set<String> NEVER_CHECKED = Set.of("GET", "HEAD", "POST", "OPTIONS", GalRoute.ANY);

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (!aws.corsEnabled()) {
      return;
    }
    Set<String> missing = new TreeSet<>();
    for (GalRoute route : config.routes()) {
      route.methods().stream().map(Located::value).filter(m -> !NEVER_CHECKED.contains(m)).forEach(missing::add);
    }
    aws.corsMethods().forEach(m -> missing.remove(m.value()));
    if (!missing.isEmpty()) {
      context.reportKey(CorsSetting.at(aws, "cors_allow_methods"), ("cors_allow_methods lacks %s, which routes use; browsers "
          + "preflight these methods and make the call only when the preflight allows it, so add them").formatted(String.join(", ", missing)),
          CorsListFix.adding(aws, "cors_allow_methods", AwsSettings.DEFAULT_CORS_METHODS, missing));
    }
  }
}
