package dev.gal.rules.paths;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.Optional;

@RuleInfo(
    id = "AWS-PATH-005",
    name = "path-empty-segment",
    summary = "A path has an empty segment: a double or trailing slash",
    description = "Every segment of an API Gateway resource path is a resource with a non-empty "
        + "path part. /pets//{id} and /pets/ have empty parts and are rejected; API Gateway does not "
        + "distinguish a trailing slash. Remove the extra slash.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html")
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
