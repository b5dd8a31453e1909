package dev.gal.builtin.paths;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.Optional;

@RuleInfo(
    id = "AWS-PATH-001",
    name = "path-braces-unbalanced",
    summary = "A path segment has unbalanced or misplaced braces",
    description = "A path variable is a whole segment in braces, {name} or {name+}. A missing brace, nested "
        + "braces, or a variable inside a literal segment (/files/{id}.json) are not whole-segment "
        + "variables, and REST API import accepts path parameters only as separate segments. Make "
        + "each variable a segment of its own.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "Path parameters must be separate path segments. For example, "
        + "\"resource/{path_parameter_name}\" is valid; \"resource{path_parameter_name}\" is not.")
public final class UnbalancedBraces extends PathRule {
  @Override
  Optional<String> problem(PathTemplate path) {
    for (String segment : path.segments()) {
      int open = 0;
      int close = 0;
      // A loop, not two streams per segment: OpenAPI documents have thousands of paths.
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        open += c == '{' ? 1 : 0;
        close += c == '}' ? 1 : 0;
      }
      if (open == 0 && close == 0) {
        continue;
      }
      if (open != 1 || close != 1 || !PathTemplate.isVariable(segment)) {
        return Optional.of("has the segment '%s'; a variable must be a whole segment, {name} or {name+}".formatted(segment));
      }
    }
    return none();
  }
}
