package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * api_key_required and the one authorizer GAL allows, from the security
 * requirement most operations share; an operation without any requirement
 * becomes a route with authentication switched off.
 */
record AuthorizerReader(ImportContext context) {
  private static final Pattern INVOCATION = Pattern.compile("arn:[a-z-]+:apigateway:[a-z0-9-]+:lambda:path/2015-03-31/functions/(.+)/invocations");

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
        context.drop(operation.node().pointer().append("security"),
            "%s requires %s, but GAL protects every route alike (%s)".formatted(operation.label(), own, chosen));
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
      context.drop(scheme.pointer(), "a second authorizer; GAL has one per API");
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
      Matcher m = INVOCATION.matcher(authorizer.path("authorizerUri").asText(""));
      if (m.matches()) {
        aws.put("lambda_authorizer_arn", m.group(1));
      }
      long ttl = authorizer.path("authorizerResultTtlInSeconds").asLong(300);
      if (ttl != 300) {
        aws.put("lambda_authorizer_ttl", ttl);
      }
      // A token authorizer reads the header its security scheme names; identitySource is for request and jwt authorizers.
      String header = scheme.value().path("name").asText("");
      if (type.equals("request") || !header.equalsIgnoreCase("Authorization")) {
        context.drop(scheme.pointer().append("x-amazon-apigateway-authorizer"),
            "a %s authorizer on %s; GAL's Lambda authorizer is a token authorizer on the Authorization header".formatted(
                type, type.equals("request") ? authorizer.path("identitySource").asText("no identity source")
                    : header.isEmpty() ? "no header" : "the header " + header));
      }
    } else {
      context.drop(scheme.pointer(), "the security scheme %s, which is no API Gateway authorizer GAL knows".formatted(scheme.pointer().lastSegment()));
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
