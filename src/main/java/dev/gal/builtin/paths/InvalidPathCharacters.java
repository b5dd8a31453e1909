package dev.gal.builtin.paths;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.model.PathTemplate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-PATH-006",
    name = "path-invalid-characters",
    summary = "A literal path segment uses characters API Gateway rejects",
    description = "Literal resource path parts may use letters, digits, '_', '-', '.', ',' and ':' (braces "
        + "only around a whole-segment variable, AWS-PATH-001). Spaces, '*', '?', '#', '%', ';', "
        + "'|', '~' and other characters are outside that set. Rename the segment.",
    severity = Severity.ERROR,
    category = Category.PATHS,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "Path segments can only contain alphanumeric characters, underscores, hyphens, periods, "
        + "commas, colons, and curly braces.")
public final class InvalidPathCharacters extends PathRule {
  private static final Pattern BAD = Pattern.compile("[^A-Za-z0-9._,:-]");

  @Override
  Optional<String> problem(PathTemplate path) {
    for (String segment : path.segments()) {
      if (segment.contains("{") || segment.contains("}")) {
        continue;
      }
      Matcher m = BAD.matcher(segment);
      if (m.find()) {
        return Optional.of("has '%s' in the segment '%s'; use only letters, digits, '.', '_', '-', ',' and ':'"
            .formatted(m.group(), segment));
      }
    }
    return none();
  }
}
