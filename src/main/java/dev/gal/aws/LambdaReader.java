package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Placeholders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * lambda_function_arn and lambda_invoke_role_arn from aws_proxy integrations:
 * GAL calls one function. Template placeholders are kept as written, so a
 * Terraform or CloudFormation template still imports its routes.
 */
record LambdaReader(ImportContext context) {
  void read(List<OpenApiDocument.Operation> operations, ObjectNode aws) {
    List<String> functions = new ArrayList<>();
    for (OpenApiDocument.Operation operation : operations) {
      if (!context.excluded(operation)) {
        function(operation).ifPresentOrElse(functions::add, () -> context.exclude(operation,
            "has the uri \"%s\", which is no Lambda invocation URI "
                .formatted(uri(operation)) + "(arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations)"));
      }
    }
    if (functions.isEmpty()) {
      return;
    }
    String chosen = OpenApiImporter.mostCommon(functions, List.of());
    aws.put("lambda_function_arn", chosen);
    String written = LambdaUris.invocation(chosen).orElse(null);
    Map<Node, List<String>> rewritten = new LinkedHashMap<>();
    String role = null;
    for (OpenApiDocument.Operation operation : operations) {
      if (context.excluded(operation)) {
        continue;
      }
      if (!function(operation).orElse("").equals(chosen)) {
        context.exclude(operation, "calls the Lambda function %s, but GAL calls one function per API, here %s"
            .formatted(function(operation).orElse(""), chosen));
        continue;
      }
      if (written != null && !LambdaUris.canonical(uri(operation)).equals(written)) {
        rewritten.computeIfAbsent(operation.integration().orElseThrow(), k -> new ArrayList<>()).add(operation.label());
      }
      String credentials = operation.integration().map(i -> i.value().path("credentials").asText(null)).orElse(null);
      if (role == null && credentials != null) {
        role = credentials;
        aws.put("lambda_invoke_role_arn", role);
      }
    }
    rewritten.forEach((integration, labels) -> reportRewritten(integration, labels, chosen, written));
  }

  /** A uri that gal export writes differently, because it builds the URI from lambda_function_arn. */
  private void reportRewritten(Node integration, List<String> labels, String function, String written) {
    String uri = integration.value().path("uri").asText();
    String who = ImportContext.labels(labels);
    if (Placeholders.whole(uri)) {
      context.change(integration.pointer().append("uri"), ("the uri of %s is one placeholder for the whole invocation URI, "
          + "but GAL holds the function ARN and builds the URI from it; lambda_function_arn is %s, and gal export writes %s: "
          + "when you fill in the placeholder, give it the function's ARN, not its invocation URI").formatted(who, function, written));
    } else {
      context.change(integration.pointer().append("uri"), ("%s %s the function through %s, but GAL builds the invocation URI "
          + "from lambda_function_arn (%s), so gal export writes %s").formatted(who, labels.size() == 1 ? "calls" : "call", uri,
          function, written));
    }
  }

  private static String uri(OpenApiDocument.Operation operation) {
    return operation.integration().map(i -> i.value().path("uri").asText("")).orElse("");
  }

  /** The function ARN of the uri, or the uri itself when it is one placeholder (${lambda_invoke_arn}). */
  private static Optional<String> function(OpenApiDocument.Operation operation) {
    String uri = uri(operation);
    return Placeholders.whole(uri) ? Optional.of(uri) : LambdaUris.function(uri);
  }
}
