package dev.gal.builtin.paths;

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
    description = "A path variable's name becomes the method request parameter method.request.path.NAME, "
        + "whose name must match ^[a-zA-Z0-9._$-]+$; '$' is not among the characters of a path "
        + "segment, so a name is letters, digits, '.', '_' and '-'. {} or {user id} cannot be "
        + "mapped.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html",
    quote = "It must match the regular expression '^[a-zA-Z0-9._$-]+$]'.")
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
