package dev.gal.builtin.paths;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.model.PathTemplate;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.OptionType;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
    id = "AWS-PATH-009",
    name = "resource-quota-exceeded",
    summary = "The routes need more resources than the per-API quota, 300 by default",
    description = "Every distinct path prefix is a resource, the root / included, and a REST API has at "
        + "most 300 by default, so API Gateway does not create the ones beyond. The quota can be raised "
        + "for an API through Service Quotas, an account setting gal cannot see: set the option "
        + "max_resources to your raised quota. Otherwise split the API. The finding is at the first "
        + "path that goes beyond the quota.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html",
    quote = "Resources per API | 300 | Yes",
    options = @RuleOption(name = "max_resources", type = OptionType.INTEGER, defaultValue = "300", min = 1,
        description = "Your quota of resources per API, when it was raised through Service Quotas."))
public final class ResourceQuota implements GalConfigRule {
  private static final long DEFAULT_QUOTA = 300;

  @Override
  public void check(GalConfig config, RuleContext context) {
    long max = context.options().integer("max_resources");
    Set<String> resources = new HashSet<>();
    resources.add("/");
    for (GalRoute route : config.routes()) {
      if (route.path().isPresent() && add(route.path().get().value(), resources) && resources.size() > max) {
        Located<String> path = route.path().get();
        context.report(path.pointer(), ("path %s takes the API to %d resources, more than the %d API Gateway allows per "
            + "API%s; split the API").formatted(path.value(), resources.size(), max,
                max == DEFAULT_QUOTA ? " by default (set the option max_resources if your quota is raised)" : ""));
        return;
      }
    }
  }

  /** Adds the path's resources, each prefix one; whether any was new. */
  private static boolean add(String path, Set<String> resources) {
    boolean added = false;
    StringBuilder prefix = new StringBuilder();
    for (String segment : PathTemplate.parse(path).segments()) {
      prefix.append('/').append(segment);
      added |= resources.add(prefix.toString());
    }
    return added;
  }
}
