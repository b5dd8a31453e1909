package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-009",
    name = "content-handling-invalid",
    summary = "contentHandling is not CONVERT_TO_BINARY or CONVERT_TO_TEXT",
    description = "contentHandling converts payloads between text and binary: CONVERT_TO_BINARY or CONVERT_TO_TEXT, or absent for passthrough. These are the only valid values.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "Request payload encoding conversion types. Valid values are 1) CONVERT_TO_TEXT, for converting a "
        + "binary payload into a base64-encoded string or converting a text payload into a utf-8-encoded string "
        + "or passing through the text payload natively without modification, and 2) CONVERT_TO_BINARY, for "
        + "converting a text payload into a base64-decoded blob or passing through a binary payload natively "
        + "without modification.")
public final class ContentHandlingInvalid extends IntegrationRule {
  private static final Set<String> VALUES = Set.of("CONVERT_TO_BINARY", "CONVERT_TO_TEXT");

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    integration.string("contentHandling").filter(c -> !VALUES.contains(c.value()))
        .ifPresent(c -> context.report(c.pointer(), "%s: contentHandling \"%s\" is not CONVERT_TO_BINARY or CONVERT_TO_TEXT"
            .formatted(operation.label(), c.value())));
  }
}
