package dev.gal.aws;

import java.util.Optional;

/** The API Gateway invocation URI of a Lambda function, with region and partition taken from its ARN. */
final class LambdaUris {
  private LambdaUris() {}

  static Optional<String> invocation(String functionArn) {
    String[] parts = functionArn.split(":", 7);
    if (parts.length < 7 || !parts[0].equals("arn") || !parts[2].equals("lambda")) {
      return Optional.empty();
    }
    return Optional.of("arn:%s:apigateway:%s:lambda:path/2015-03-31/functions/%s/invocations"
        .formatted(parts[1], parts[3], functionArn));
  }

  /** The region of a Lambda ARN, for the servers block. */
  static Optional<String> region(String functionArn) {
    String[] parts = functionArn.split(":", 7);
    return parts.length >= 4 && parts[0].equals("arn") && !parts[3].isEmpty() ? Optional.of(parts[3]) : Optional.empty();
  }
}
