package dev.gal.rules.paths;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.JsonPointer;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
    id = "AWS-PATH-009",
    name = "resource-quota-exceeded",
    summary = "The routes need more resources than API Gateway's per-API quota",
    description = "Every distinct path prefix is a resource, and a REST API has at most 300 by "
        + "default; the import fails beyond that. The quota can be raised through Service Quotas: "
        + "set the option max_resources to your account's value. Otherwise split the API.",
    severity = Severity.WARNING,
    category = Category.PATHS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html",
    options = @RuleOption(name = "max_resources", defaultValue = "300", min = 1, description = "Resources per API in your account."))
public final class ResourceQuota implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    Set<String> resources = new HashSet<>();
    resources.add("/");
    for (GalRoute route : config.routes()) {
      route.path().ifPresent(path -> {
        StringBuilder prefix = new StringBuilder();
        for (String segment : PathTemplate.parse(path.value()).segments()) {
          prefix.append('/').append(segment);
          resources.add(prefix.toString());
        }
      });
    }
    long max = context.options().integer("max_resources");
    if (resources.size() > max) {
      context.reportKey(JsonPointer.of("services"), "the routes need %d resources, more than the %d API Gateway allows per API; split the API or raise the quota"
          .formatted(resources.size(), max));
    }
  }
}
