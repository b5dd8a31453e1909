package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import java.util.Locale;

/** A check of each security scheme; authorizer is null when the scheme has none. */
abstract class SchemeRule implements OpenApiRule {
  static final String AUTHORIZER = "x-amazon-apigateway-authorizer";

  @Override
  public final void check(OpenApiDocument document, RuleContext context) {
    OpenApiDocument.ApiKind kind = document.kind();
    for (Node scheme : document.securitySchemes()) {
      check(scheme, scheme.object(AUTHORIZER).orElse(null), kind, context);
    }
  }

  abstract void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context);

  static String name(Node scheme) {
    return scheme.pointer().lastSegment();
  }

  static String authorizerType(Node authorizer) {
    return authorizer == null ? "" : authorizer.value().path("type").asText("").toLowerCase(Locale.ROOT);
  }
}
