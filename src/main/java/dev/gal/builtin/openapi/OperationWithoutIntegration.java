package dev.gal.builtin.openapi;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-013",
    name = "operation-without-integration",
    summary = "A REST API operation without x-amazon-apigateway-integration",
    description = "import-rest-api creates a method for every operation, and every method must be integrated "
        + "with a backend; a method without an integration has nothing to call. Add an "
        + "x-amazon-apigateway-integration (mock for a placeholder). Only REST API documents are checked.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-integration-settings.html",
    quote = "After setting up an API method, you must integrate it with an endpoint in the backend.")
public final class OperationWithoutIntegration implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.REST) {
      return;
    }
    for (OpenApiDocument.Operation operation : document.operations()) {
      if (operation.integration().isEmpty()) {
        context.reportKey(operation.node().pointer(), "%s has no x-amazon-apigateway-integration; a REST API method must be integrated with a backend"
            .formatted(operation.label()));
      }
    }
  }
}
