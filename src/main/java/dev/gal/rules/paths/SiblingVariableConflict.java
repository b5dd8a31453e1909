package dev.gal.rules.paths;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "AWS-PATH-008",
    name = "sibling-path-variables-conflict",
    summary = "Two paths use differently named variables at the same position",
    description = "API Gateway resources form a tree, and a resource can have only one variable "
        + "child. /orders/{id} and /orders/{orderId} (or {id} and {id+}) would be two variable "
        + "children of /orders, and the import fails with a conflict. Use one name at each position.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html")
public final class SiblingVariableConflict implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    Map<String, String> variableChild = new HashMap<>();
    for (GalRoute route : config.routes()) {
      route.path().filter(p -> p.value().startsWith("/")).ifPresent(path -> {
        List<String> segments = PathTemplate.parse(path.value()).segments();
        StringBuilder parent = new StringBuilder();
        for (String segment : segments) {
          if (PathTemplate.isVariable(segment)) {
            String previous = variableChild.putIfAbsent(parent.toString(), segment);
            if (previous != null && !previous.equals(segment)) {
              context.report(path.pointer(), "path %s puts %s under %s, where another route has %s; a resource has one variable child, so use one name"
                  .formatted(path.value(), segment, parent.length() == 0 ? "/" : parent, previous));
              return;
            }
          }
          parent.append('/').append(segment);
        }
      });
    }
  }
}
