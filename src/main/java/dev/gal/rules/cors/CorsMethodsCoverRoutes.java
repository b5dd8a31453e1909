package dev.gal.rules.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "AWS-CORS-001",
    name = "cors-methods-miss-route-methods",
    summary = "cors_allow_methods misses a method that routes declare, or OPTIONS",
    description = "The OPTIONS mock integration answers preflight requests with "
        + "Access-Control-Allow-Methods from cors_allow_methods. A browser refuses to send a request "
        + "whose method the preflight does not allow, so a route method missing from the list cannot "
        + "be called from a web page. Add every route method, and OPTIONS, to cors_allow_methods.",
    severity = Severity.WARNING,
    category = Category.CORS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html")
public final class CorsMethodsCoverRoutes implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (!aws.corsEnabled()) {
      return;
    }
    Set<String> allowed = new TreeSet<>();
    aws.corsMethods().forEach(m -> allowed.add(m.value()));
    Set<String> missing = new TreeSet<>();
    for (GalRoute route : config.routes()) {
      route.methods().stream().map(Located::value).filter(m -> !m.equals(GalRoute.ANY)).forEach(missing::add);
    }
    missing.add("OPTIONS");
    missing.removeAll(allowed);
    if (!missing.isEmpty()) {
      context.reportKey(aws.corsMethods().isEmpty() ? aws.blockPointer() : pointerOf(aws),
          "cors_allow_methods lacks %s, which routes use; browsers refuse those calls after the preflight, so add them"
              .formatted(String.join(", ", missing)));
    }
  }

  private static dev.gal.model.JsonPointer pointerOf(AwsSettings aws) {
    return aws.has("cors_allow_methods") ? aws.blockPointer().append("cors_allow_methods") : aws.blockPointer();
  }
}
