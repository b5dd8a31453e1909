package dev.gal.builtin.paths;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.Optional;

@RuleInfo(
    id = "AWS-PATH-005",
    name = "path-empty-segment",
    summary = "A path has an empty segment: a double or trailing slash",
    description = "Every segment of an API Gateway resource path is a resource with its own path part, and "
        + "/pets//{id} or /pets/ have an empty one, almost always a typo. The guide does not say "
        + "how import treats an empty path part, so this is a warning. Remove the extra slash.",
    severity = Severity.WARNING,
    category = Category.PATHS,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html")
public final class EmptySegment extends PathRule {
  @Override
  Optional<String> problem(PathTemplate path) {
    if (path.segments().contains("")) {
      return Optional.of(path.text().endsWith("/") ? "ends with '/'; remove the trailing slash"
          : "contains '//'; remove the empty segment");
    }
    return none();
  }
}
