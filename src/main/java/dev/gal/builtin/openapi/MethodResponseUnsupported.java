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
    id = "AWS-OAS-049",
    name = "method-response-unsupported",
    summary = "A method response written in a form REST API import does not support",
    description = "Two forms of method response are not supported. A response body schema of a primitive type "
        + "written inline, such as schema: {type: string}, makes no model: import skips it (\"Unsupported model "
        + "type 'StringSchema' in 500 response to method 'GET /echo'. Ignoring.\", rstudio/plumber#856); the guide's "
        + "work-around is a $ref to a model of that type. A response written as a $ref to the document root's "
        + "responses (#/responses/NAME) is not supported either; write the response inline. The import goes on "
        + "without what it skips, so this is a warning.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "In method responses, schema definition must be of an object type and cannot be of primitive types.")
public final class MethodResponseUnsupported implements OpenApiRule {
  private static final Set<String> PRIMITIVE = Set.of("string", "number", "integer", "boolean");

  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.REST) {
      return;
    }
    for (OpenApiDocument.Operation operation : document.operations()) {
      operation.node().object("responses").ifPresent(responses -> responses.value().fieldNames().forEachRemaining(status ->
          responses.object(status).ifPresent(response -> check(operation, status, response, context))));
    }
  }

  private static void check(OpenApiDocument.Operation operation, String status, Node response, RuleContext context) {
    if (MethodResponses.rootReference(response)) {
      response.member("$ref").ifPresent(ref -> context.report(ref.pointer(), ("%s: the %s response refers to %s; references to the "
          + "document root's responses are not supported, so write the response inline").formatted(operation.label(), status, ref.value().asText())));
      return;
    }
    JsonNode schema = response.value().get("schema");
    if (schema != null && schema.isObject()) {
      primitive(operation, status, new Node(schema, response.pointer().append("schema")), context);
    }
    for (Node inContent : Schemas.contentSchemas(response)) {
      primitive(operation, status, inContent, context);
    }
  }

  // Reads the tree directly: the rule looks at every response of every operation.
  private static void primitive(OpenApiDocument.Operation operation, String status, Node schema, RuleContext context) {
    JsonNode type = schema.value().get("type");
    if (type != null && type.isTextual() && PRIMITIVE.contains(type.textValue()) && !schema.has("$ref")) {
      context.report(schema.pointer().append("type"), ("%s: the %s response's schema is of the primitive type %s, which method "
          + "responses do not support; refer to a model of that type with $ref instead").formatted(operation.label(), status,
          type.textValue()));
    }
  }
}
