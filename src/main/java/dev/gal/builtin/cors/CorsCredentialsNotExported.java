package dev.gal.builtin.cors;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-CORS-012",
    name = "cors-credentials-not-exported",
    summary = "A route's CORS allows credentials, which the AWS export drops",
    description = "A browser accepts a credentialed cross-origin response (cookies, HTTP authentication) "
        + "only when it carries Access-Control-Allow-Credentials: true, and the preflight of such a "
        + "request must carry it too (Fetch standard, "
        + "https://fetch.spec.whatwg.org/#cors-protocol-and-credentials). The AWS export exports no "
        + "route cors block and never sends that header, even for a named origin, so allow_credentials "
        + "has no effect. Remove it, or answer CORS, the preflight included, from the backend (list "
        + "OPTIONS in the route's methods so that the backend receives it).",
    severity = Severity.WARNING,
    category = Category.CORS,
    reference = CorsGuide.HOW_TO_CORS,
    quote = CorsGuide.PREFLIGHT)
public final class CorsCredentialsNotExported implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    for (CredentialedRoute route : CredentialedRoute.of(config)) {
      if (!route.anyOrigin()) {
        context.report(route.credentials().pointer(), "allow_credentials is true, but the AWS export never sends "
            + "Access-Control-Allow-Credentials (it exports no route cors block), so browsers refuse credentialed "
            + "cross-origin calls unless the backend answers CORS itself; remove the setting or move CORS to the backend");
      }
    }
  }
}
