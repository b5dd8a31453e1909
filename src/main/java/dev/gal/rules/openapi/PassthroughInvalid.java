package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-008",
    name = "passthrough-behavior-invalid",
    summary = "passthroughBehavior is not when_no_match, when_no_templates or never",
    description = "passthroughBehavior says what happens to a request whose content type has no mapping template: when_no_match, when_no_templates or never. These are the only supported values.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "Specifies how a request payload of unmapped content type is passed through the integration request "
        + "without modification. Supported values are when_no_templates, when_no_match, and never.")
public final class PassthroughInvalid extends IntegrationRule {
  private static final Set<String> VALUES = Set.of("when_no_match", "when_no_templates", "never");

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    integration.string("passthroughBehavior").filter(p -> !VALUES.contains(p.value().toLowerCase(java.util.Locale.ROOT)))
        .ifPresent(p -> context.report(p.pointer(), "%s: passthroughBehavior \"%s\" is not when_no_match, when_no_templates or never"
            .formatted(operation.label(), p.value())));
  }
}
