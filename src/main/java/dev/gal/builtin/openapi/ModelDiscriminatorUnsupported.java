package dev.gal.builtin.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-034",
    name = "model-discriminator-unsupported",
    summary = "A schema uses a keyword that REST API models do not support (discriminator, example, default, ...)",
    description = "API Gateway REST API models are JSON Schema draft 4, and the guide lists schema features it does "
        + "not support: discriminator (so polymorphism described with it is lost), example, exclusiveMinimum, "
        + "readOnly, default, oneOf in an OpenAPI 2.0 document, format int32 or int64 on a number, and format "
        + "decimal. It says only that they are not supported, not that import fails, so each is a warning at the "
        + "keyword; older reports show model creation refusing example and discriminator "
        + "(amazon-archives/aws-apigateway-importer#213, #200). Remove the keyword (for whole numbers, use type "
        + "integer). Schemas of "
        + "models and those written inline in operations are checked; HTTP APIs, which have no models, are not.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "API Gateway supports most of the OpenAPI 2.0 specification and the OpenAPI 3.0 specification, with the "
        + "following exceptions:")
public final class ModelDiscriminatorUnsupported implements OpenApiRule {
  private static final Set<String> WHOLE_NUMBER_FORMATS = Set.of("int32", "int64");

  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.REST) {
      return;
    }
    Schemas.visit(document, schema -> check(schema, document.isSwagger2(), context));
  }

  private static void check(Node schema, boolean swagger2, RuleContext context) {
    keyword(schema, "discriminator", "discriminator is not supported in any schema object of a REST API model", context);
    keyword(schema, "example", "the example tag is not supported in REST API models", context);
    keyword(schema, "readOnly", "readOnly is not supported in REST API models", context);
    keyword(schema, "default", "the default keyword is not supported in REST API models", context);
    keyword(schema, "exclusiveMinimum", "exclusiveMinimum is not supported by API Gateway", context);
    if (swagger2) {
      keyword(schema, "oneOf", "oneOf is not supported in an OpenAPI 2.0 document", context);
    }
    JsonNode format = schema.value().get("format");
    if (format != null && format.isTextual()) {
      String type = schema.value().path("type").asText("");
      if (type.equals("number") && WHOLE_NUMBER_FORMATS.contains(format.textValue())) {
        context.report(schema.pointer().append("format"),
            "numbers of the format %s are not supported; use type integer".formatted(format.textValue()));
      } else if (format.textValue().equals("decimal")) {
        context.report(schema.pointer().append("format"), "the decimal number format is not supported in a schema definition");
      }
    }
  }

  // Reads the tree directly: the rule visits every schema of the document, and most have none of the keywords.
  private static void keyword(Node schema, String keyword, String message, RuleContext context) {
    if (schema.value().has(keyword)) {
      context.reportKey(schema.pointer().append(keyword), message);
    }
  }
}
