package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Locale;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-014",
    name = "authtype-invalid",
    summary = "x-amazon-apigateway-authtype is not a known value",
    description = "x-amazon-apigateway-authtype names the kind of authorizer of a security scheme: custom (Lambda), cognito_user_pools, awsSigv4 (IAM) or oauth2. Other values are rejected.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html")
public final class AuthtypeInvalid extends SchemeRule {
  private static final Set<String> VALUES = Set.of("custom", "cognito_user_pools", "awssigv4", "oauth2");

  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    scheme.string("x-amazon-apigateway-authtype").filter(t -> !VALUES.contains(t.value().toLowerCase(Locale.ROOT)))
        .ifPresent(t -> context.report(t.pointer(), "security scheme %s has x-amazon-apigateway-authtype \"%s\"; use custom, cognito_user_pools, awsSigv4 or oauth2"
            .formatted(name(scheme), t.value())));
  }
}
