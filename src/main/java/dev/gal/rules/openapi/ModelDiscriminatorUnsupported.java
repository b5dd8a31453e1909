package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-034",
    name = "model-discriminator-unsupported",
    summary = "A model uses discriminator, which REST API import does not support",
    description = "API Gateway REST API models are JSON Schema draft 4; discriminator is not supported in any schema object, so polymorphism described with it is lost.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "The discriminator parameter is not supported in any schema object.")
public final class ModelDiscriminatorUnsupported implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.REST) {
      return;
    }
    for (Node schema : Models.of(document)) {
      find(schema, context, 0);
    }
  }

  private static void find(Node node, RuleContext context, int depth) {
    if (depth > 64 || !node.value().isContainerNode()) {
      return;
    }
    if (node.value().isObject()) {
      node.member("discriminator").ifPresent(d -> context.reportKey(d.pointer(), "discriminator is not supported by REST API import"));
      node.value().fieldNames().forEachRemaining(name -> node.member(name).ifPresent(child -> find(child, context, depth + 1)));
    } else {
      node.items().forEach(child -> find(child, context, depth + 1));
    }
  }
}
