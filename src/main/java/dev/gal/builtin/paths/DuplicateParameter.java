package dev.gal.builtin.paths;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "AWS-PATH-003",
    name = "path-parameter-duplicate",
    summary = "A path uses the same variable name twice",
    description = "Each path variable becomes the method request parameter method.request.path.NAME, so two "
        + "variables of one name are one parameter: the integration cannot receive both values, and "
        + "the export declares the parameter twice. Rename one, e.g. "
        + "/users/{userId}/friends/{friendId}.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html",
    quote = "In the following table, PARAM_NAME is the name of a method request parameter of the "
        + "given parameter type.")
public final class DuplicateParameter extends PathRule {
  @Override
  Optional<String> problem(PathTemplate path) {
    Set<String> seen = new HashSet<>();
    for (String segment : path.segments()) {
      if (PathTemplate.isVariable(segment) && !seen.add(PathTemplate.variableName(segment))) {
        return Optional.of("uses the variable {%s} twice; give each variable its own name".formatted(PathTemplate.variableName(segment)));
      }
    }
    return none();
  }
}
