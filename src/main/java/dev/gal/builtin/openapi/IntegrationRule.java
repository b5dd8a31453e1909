package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import java.util.Optional;

/** A check of each operation's x-amazon-apigateway-integration. */
abstract class IntegrationRule implements OpenApiRule {
  @Override
  public final void check(OpenApiDocument document, RuleContext context) {
    OpenApiDocument.ApiKind kind = document.kind();
    for (OpenApiDocument.Operation operation : document.operations()) {
      // Not ifPresent: its lambda, allocated for every operation of every integration rule, showed in profiles.
      Optional<Node> integration = operation.integration();
      if (integration.isPresent()) {
        check(operation, integration.get(), kind, document, context);
      }
    }
  }

  abstract void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context);
}
