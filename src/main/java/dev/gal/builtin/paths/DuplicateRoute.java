package dev.gal.builtin.paths;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.HashMap;
import java.util.Map;

@RuleInfo(
    id = "AWS-PATH-007",
    name = "duplicate-route",
    summary = "Two routes have the same path and method",
    description = "A REST API method is one HTTP verb on one resource. When two routes, in the same or "
        + "different services, declare the same path and method, the export keeps the last, and the "
        + "first route disappears with its backend and settings. Paths that differ only in variable "
        + "names (/a/{id} and /a/{key}) are the same resource. Remove or merge one route.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html",
    quote = "Creating an API Method resource that is a specific HTTP verb on the new or chosen API "
        + "Resource.")
public final class DuplicateRoute implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    Map<String, Located<String>> first = new HashMap<>();
    for (GalRoute route : config.routes()) {
      route.path().ifPresent(path -> {
        String shape = PathTemplate.parse(path.value()).shape();
        if (!route.declaresMethods()) {
          claim(first, shape + " " + GalRoute.ANY, new Located<>(path.value(), path.pointer()), context);
        }
        for (Located<String> method : route.methods()) {
          claim(first, shape + " " + method.value(), new Located<>(path.value(), method.pointer()), context);
        }
      });
    }
  }

  private static void claim(Map<String, Located<String>> first, String key, Located<String> here, RuleContext context) {
    Located<String> earlier = first.putIfAbsent(key, here);
    if (earlier != null) {
      String method = key.substring(key.lastIndexOf(' ') + 1);
      context.report(here.pointer(), "%s %s is already declared as %s at %s; the exporter keeps only one, so remove the duplicate"
          .formatted(method, here.value(), earlier.value(), earlier.pointer()));
    }
  }
}
