package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * api_key_required and the one authorizer GAL allows, from the security
 * requirement most operations share; an operation without any requirement
 * becomes a route with authentication switched off.
 */
record AuthorizerReader(ImportContext context) {
  void read(List<OpenApiDocument.Operation> operations, ObjectNode aws) {
    List<String> requirements = new ArrayList<>();
    for (OpenApiDocument.Operation operation : operations) {
      List<String> names = context.requirement(operation);
      if (!context.excluded(operation) && !names.isEmpty()) {
        requirements.add(String.join(",", names));
      }
    }
    if (requirements.isEmpty()) {
      reportUnused(List.of());
      return;
    }
    String chosen = OpenApiImporter.mostCommon(requirements, List.of());
    List<String> names = List.of(chosen.split(","));
    for (OpenApiDocument.Operation operation : operations) {
      String own = String.join(",", context.requirement(operation));
      if (!context.excluded(operation) && !own.isEmpty() && !own.equals(chosen)) {
        context.change(operation.node().pointer().append("security"),
            "%s requires %s, but GAL protects every route alike, so the imported route requires %s, the most common requirement"
                .formatted(operation.label(), own.replace(",", " and "), chosen.replace(",", " and ")));
      }
    }
    for (String name : names) {
      Optional<Node> scheme = scheme(name);
      if (scheme.isEmpty()) {
        continue;
      }
      if (isApiKey(scheme.get())) {
        aws.put("api_key_required", true);
      } else {
        readAuthorizer(scheme.get(), aws);
      }
    }
    reportUnused(names);
  }

  private void readAuthorizer(Node scheme, ObjectNode aws) {
    if (aws.has("authorizer_type")) {
      context.change(scheme.pointer(), ("the security scheme %s, a second authorizer; GAL has one per API, so it is dropped "
          + "and the routes that require it are imported with the first one only").formatted(scheme.pointer().lastSegment()));
      return;
    }
    String authtype = scheme.value().path("x-amazon-apigateway-authtype").asText("").toLowerCase(Locale.ROOT);
    JsonNode authorizer = scheme.value().path("x-amazon-apigateway-authorizer");
    String type = authorizer.path("type").asText("").toLowerCase(Locale.ROOT);
    if (authtype.equals("awssigv4")) {
      aws.put("authorizer_type", "iam");
    } else if (type.equals("cognito_user_pools")) {
      aws.put("authorizer_type", "cognito");
      List<String> pools = new ArrayList<>();
      authorizer.path("providerARNs").forEach(p -> pools.add(p.asText()));
      aws.set("cognito_user_pool_arns", OpenApiImporter.strings(pools));
    } else if (type.equals("token") || type.equals("request")) {
      aws.put("authorizer_type", "lambda");
      readAuthorizerUri(scheme, authorizer, aws);
      long ttl = authorizer.path("authorizerResultTtlInSeconds").asLong(300);
      if (ttl != 300) {
        aws.put("lambda_authorizer_ttl", ttl);
      }
      // A token authorizer reads the header its security scheme names; identitySource is for request and jwt authorizers.
      String header = scheme.value().path("name").asText("");
      if (type.equals("request") || !header.equalsIgnoreCase("Authorization")) {
        context.change(scheme.pointer().append("x-amazon-apigateway-authorizer"),
            ("a %s authorizer %s; GAL's Lambda authorizer is a token authorizer on the Authorization header, and the "
                + "config gets that one").formatted(type, type.equals("request")
                    ? authorizer.has("identitySource") ? "on " + authorizer.path("identitySource").asText() : "without an identity source"
                    : header.isEmpty() ? "without a header" : "on the header " + header));
      }
    } else {
      context.change(scheme.pointer(), ("the security scheme %s, which is no API Gateway authorizer GAL knows; dropped, so the "
          + "routes that require it are imported without it").formatted(scheme.pointer().lastSegment()));
    }
  }

  /** lambda_authorizer_arn from the authorizerUri; placeholders are kept, and a uri gal export writes otherwise is reported. */
  private void readAuthorizerUri(Node scheme, JsonNode authorizer, ObjectNode aws) {
    JsonPointer at = scheme.pointer().append("x-amazon-apigateway-authorizer").append("authorizerUri");
    String uri = authorizer.path("authorizerUri").asText("");
    Optional<String> function = Placeholders.whole(uri) ? Optional.of(uri) : LambdaUris.function(uri);
    if (function.isEmpty()) {
      context.change(at, ("the authorizerUri \"%s\", which is no Lambda invocation URI (arn:PARTITION:apigateway:REGION:lambda:"
          + "path/2015-03-31/functions/FUNCTION_ARN/invocations); lambda_authorizer_arn is not set: set it to the authorizer "
          + "function's ARN").formatted(uri));
      return;
    }
    aws.put("lambda_authorizer_arn", function.get());
    String written = LambdaUris.invocation(function.get()).orElse(null);
    if (written == null || LambdaUris.canonical(uri).equals(written)) {
      return;
    }
    if (Placeholders.whole(uri)) {
      context.change(at, ("the authorizerUri is one placeholder for the whole invocation URI, but GAL holds the function ARN "
          + "and builds the URI from it; lambda_authorizer_arn is %s, and gal export writes %s: when you fill in the "
          + "placeholder, give it the function's ARN, not its invocation URI").formatted(function.get(), written));
    } else {
      context.change(at, ("the authorizerUri %s; GAL builds it from lambda_authorizer_arn (%s), so gal export writes %s")
          .formatted(uri, function.get(), written));
    }
  }

  private void reportUnused(List<String> used) {
    for (Node scheme : context.document().securitySchemes()) {
      if (!used.contains(scheme.pointer().lastSegment())) {
        context.drop(scheme.pointer(), "the security scheme %s, which the routes GAL keeps do not use".formatted(scheme.pointer().lastSegment()));
      }
    }
  }

  private Optional<Node> scheme(String name) {
    return context.document().securitySchemes().stream().filter(s -> s.pointer().lastSegment().equals(name)).findFirst();
  }

  private static boolean isApiKey(Node scheme) {
    return !scheme.has("x-amazon-apigateway-authtype") && "apiKey".equals(scheme.value().path("type").asText())
        && "x-api-key".equalsIgnoreCase(scheme.value().path("name").asText());
  }
}
