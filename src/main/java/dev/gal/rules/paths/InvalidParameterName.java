package dev.gal.rules.paths;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.regex.Pattern;
import java.util.Optional;

@RuleInfo(
    id = "AWS-PATH-002",
    name = "path-parameter-name-invalid",
    summary = "A path variable has an empty or invalid name",
    description = "A path variable's name is mapped to method.request.path.NAME, so it must be "
        + "non-empty and use only letters, digits, '.', '_' and '-'. {} or {user id} are rejected.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html")
public final class InvalidParameterName extends PathRule {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

  @Override
  Optional<String> problem(PathTemplate path) {
    for (String segment : path.segments()) {
      if (PathTemplate.isVariable(segment) && segment.indexOf('{', 1) < 0) {
        String name = PathTemplate.variableName(segment);
        if (!NAME.matcher(name).matches()) {
          return Optional.of("has the variable '%s'; a name must be non-empty letters, digits, '.', '_' or '-'".formatted(segment));
        }
      }
    }
    return none();
  }
}
