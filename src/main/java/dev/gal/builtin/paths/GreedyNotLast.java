package dev.gal.builtin.paths;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "AWS-PATH-004",
    name = "greedy-variable-not-last",
    summary = "A greedy {name+} variable is not the last segment",
    description = "A greedy path variable matches all the remaining segments of a request path, so "
        + "API Gateway allows it only as the last segment of a resource path. Move it to the end, or "
        + "make it a normal {name} variable.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html",
    quote = "The greedy path parameter must be at the end of the resource path.")
public final class GreedyNotLast extends PathRule {
  @Override
  Optional<String> problem(PathTemplate path) {
    List<String> segments = path.segments();
    for (int i = 0; i < segments.size() - 1; i++) {
      if (PathTemplate.isGreedy(segments.get(i))) {
        return Optional.of("has the greedy variable %s before the end; it may only be the last segment".formatted(segments.get(i)));
      }
    }
    return none();
  }
}
