package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** lambda_function_arn and lambda_invoke_role_arn from aws_proxy integrations: GAL calls one function. */
record LambdaReader(ImportContext context) {
  private static final Pattern INVOCATION = Pattern.compile("arn:[a-z-]+:apigateway:[a-z0-9-]+:lambda:path/2015-03-31/functions/(.+)/invocations");

  void read(List<OpenApiDocument.Operation> operations, ObjectNode aws) {
    List<String> functions = new ArrayList<>();
    for (OpenApiDocument.Operation operation : operations) {
      if (!context.excluded(operation)) {
        function(operation).ifPresentOrElse(functions::add,
            () -> context.exclude(operation, "has a Lambda uri GAL cannot read back into a function ARN"));
      }
    }
    if (functions.isEmpty()) {
      return;
    }
    String chosen = OpenApiImporter.mostCommon(functions, List.of());
    aws.put("lambda_function_arn", chosen);
    String role = null;
    for (OpenApiDocument.Operation operation : operations) {
      if (context.excluded(operation)) {
        continue;
      }
      if (!function(operation).orElse("").equals(chosen)) {
        context.exclude(operation, "calls another Lambda function than the API's %s, and GAL calls one".formatted(chosen));
        continue;
      }
      String credentials = operation.integration().map(i -> i.value().path("credentials").asText(null)).orElse(null);
      if (role == null && credentials != null) {
        role = credentials;
        aws.put("lambda_invoke_role_arn", role);
      }
    }
  }

  private static Optional<String> function(OpenApiDocument.Operation operation) {
    Matcher m = INVOCATION.matcher(operation.integration().map(i -> i.value().path("uri").asText("")).orElse(""));
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
