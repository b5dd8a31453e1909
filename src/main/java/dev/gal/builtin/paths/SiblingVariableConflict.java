package dev.gal.builtin.paths;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-PATH-008",
    name = "sibling-path-variables-conflict",
    summary = "Two paths use differently named variables at the same position",
    description = "API Gateway resources form a tree, and /orders/{id} and /orders/{orderId} (or {id} and "
        + "{id+}) would be two variable children of /orders that no request path can tell apart. "
        + "The guide does not say how import treats them, so this is a warning. Use one name at "
        + "each position.",
    severity = Severity.WARNING,
    category = Category.PATHS,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html")
public final class SiblingVariableConflict implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    SiblingVariables siblings = new SiblingVariables();
    for (GalRoute route : config.routes()) {
      route.path().filter(p -> p.value().startsWith("/")).ifPresent(path -> siblings.add(path.value())
          .ifPresent(problem -> context.report(path.pointer(), "path %s %s".formatted(path.value(), problem))));
    }
  }
}
