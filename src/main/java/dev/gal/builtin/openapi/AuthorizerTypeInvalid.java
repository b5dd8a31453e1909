package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-015",
    name = "authorizer-type-invalid",
    summary = "x-amazon-apigateway-authorizer type is not valid for the API kind",
    description = "REST API authorizers are token, request or cognito_user_pools; HTTP API authorizers are jwt or "
        + "request. A missing or other type names no authorizer API Gateway has, so the operations that use the scheme "
        + "cannot be authorized.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html",
    quote = "The type of the authorizer. This is a required property. For REST APIs, specify token for an "
        + "authorizer with the caller identity embedded in an authorization token. Specify request for an "
        + "authorizer with the caller identity contained in request parameters. For HTTP APIs, specify request "
        + "for a Lambda authorizer with the caller identity contained in request parameters. Specify jwt for a "
        + "JWT authorizer.")
public final class AuthorizerTypeInvalid extends SchemeRule {
  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    if (authorizer == null) {
      return;
    }
    Set<String> allowed = kind == OpenApiDocument.ApiKind.HTTP ? Set.of("jwt", "request") : Set.of("token", "request", "cognito_user_pools");
    String type = authorizerType(authorizer);
    if (!allowed.contains(type)) {
      context.report(authorizer.member("type").map(Node::pointer).orElse(authorizer.pointer()),
          "security scheme %s has the authorizer type \"%s\"; %s APIs accept %s".formatted(name(scheme), type, kind,
              String.join(", ", new java.util.TreeSet<>(allowed))));
    }
  }
}
