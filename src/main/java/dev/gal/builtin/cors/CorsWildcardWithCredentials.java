package dev.gal.builtin.cors;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-CORS-005",
    name = "cors-wildcard-with-credentials",
    summary = "A route's CORS allows credentials with the wildcard origin *",
    description = "Browsers refuse a credentialed cross-origin response whose Access-Control-Allow-Origin "
        + "is * (Fetch standard, https://fetch.spec.whatwg.org/#cors-protocol-and-credentials), so the "
        + "pairing can never work. The AWS export ignores the setting anyway: route cors blocks are not "
        + "exported, and no response carries Access-Control-Allow-Credentials. Remove allow_credentials, or "
        + "name the trusted origin and answer CORS, the preflight included, from the backend (list "
        + "OPTIONS in the route's methods so that the backend receives it).",
    severity = Severity.WARNING,
    category = Category.CORS,
    reference = CorsGuide.HOW_TO_CORS,
    quote = CorsGuide.PREFLIGHT)
public final class CorsWildcardWithCredentials implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    for (CredentialedRoute route : CredentialedRoute.of(config)) {
      if (route.anyOrigin()) {
        context.report(route.credentials().pointer(), "allow_credentials is true while the allowed origin is *, which browsers "
            + "refuse with credentials; the AWS export drops the setting anyway (it exports no route cors block and never sends "
            + "Access-Control-Allow-Credentials), so remove it or name the origin and answer CORS from the backend");
      }
    }
  }
}
