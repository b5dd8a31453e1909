package dev.gal.builtin.openapi;

import dev.gal.rule.Placeholders;
import dev.gal.builtin.support.ArnCheck;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda invocation URI API Gateway calls:
 * arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations.
 */
final class LambdaInvocation {
  private static final Pattern FORM = Pattern.compile(
      "arn:([a-z-]+):apigateway:([a-z0-9-]+):lambda:path//?2015-03-31/functions/(.+)/invocations");

  private LambdaInvocation() {}

  static boolean isLambda(String uri) {
    return uri.contains(":lambda:path/");
  }

  /** What is wrong with the URI, or empty; a URI with template placeholders is unknown, not wrong. */
  static Optional<String> problem(String uri) {
    if (Placeholders.templated(uri)) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(uri);
    if (!m.matches()) {
      return Optional.of("is not arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations");
    }
    // The guide's format names the two regions apart (api-region, lambda-region), so they are not compared;
    // it also writes path// where every sample writes path/, so both are accepted.
    return ArnCheck.lambdaFunction(m.group(3)).map(problem -> "names a function ARN that " + problem);
  }
}
