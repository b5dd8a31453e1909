package dev.gal.aws;

import dev.gal.rule.Placeholders;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API Gateway invocation URI of a Lambda function, with region and
 * partition taken from its ARN, and the way back from such a URI to the
 * function ARN. Template placeholders (${region}, ${AWS::Partition},
 * ${stageVariables.fn}, ${LambdaFunction.Arn}) are kept as written.
 */
final class LambdaUris {
  /**
   * A partition or region: a name, a template placeholder such as ${AWS::Region},
   * or GAL 1.4's literal {region}, which gal export replaces with the function's region.
   */
  private static final String PART = "(?:[A-Za-z0-9-]+|\\$\\{[^}]*}|\\{[A-Za-z0-9_]+})+";
  private static final Pattern INVOCATION = Pattern.compile(
      "arn:(" + PART + "):apigateway:(" + PART + "):lambda:path//?2015-03-31/functions/(.+)/invocations");

  /**
   * What API Gateway fills in at import when the function ARN is one placeholder,
   * so that neither partition nor region can be taken from it (import-api-aws-variables).
   */
  static final String PARTITION_VARIABLE = "${AWS::Partition}";
  static final String REGION_VARIABLE = "${AWS::Region}";

  private LambdaUris() {}

  static Optional<String> invocation(String functionArn) {
    if (Placeholders.whole(functionArn)) {
      return Optional.of(uri(PARTITION_VARIABLE, REGION_VARIABLE, functionArn));
    }
    String[] parts = Placeholders.split(functionArn, ':', 7);
    if (parts.length < 7 || !parts[0].equals("arn") || !parts[2].equals("lambda")) {
      return Optional.empty();
    }
    return Optional.of(uri(parts[1], parts[3], functionArn));
  }

  private static String uri(String partition, String region, String functionArn) {
    return "arn:%s:apigateway:%s:lambda:path/2015-03-31/functions/%s/invocations".formatted(partition, region, functionArn);
  }

  /** The region of a Lambda ARN, for the servers block; ${AWS::Region} for an ARN that is one placeholder. */
  static Optional<String> region(String functionArn) {
    if (Placeholders.whole(functionArn)) {
      return Optional.of(REGION_VARIABLE);
    }
    String[] parts = Placeholders.split(functionArn, ':', 7);
    return parts.length >= 4 && parts[0].equals("arn") && !parts[3].isEmpty() ? Optional.of(parts[3]) : Optional.empty();
  }

  /** The function ARN an invocation URI calls, placeholders kept; empty for anything else. */
  static Optional<String> function(String uri) {
    Matcher m = INVOCATION.matcher(uri);
    return m.matches() ? Optional.of(m.group(3)) : Optional.empty();
  }

  /** The invocation URI as gal export writes it: path/ where the guide's format allows path//. */
  static String canonical(String uri) {
    return uri.replace(":lambda:path//2015-03-31/", ":lambda:path/2015-03-31/");
  }
}
