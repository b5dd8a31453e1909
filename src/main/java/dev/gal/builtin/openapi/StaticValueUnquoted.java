package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-041",
    name = "static-mapping-value-unquoted",
    summary = "A parameter mapping's static value is not enclosed in single quotes",
    description = "The value of a requestParameters, an integration response's responseParameters or a gateway "
        + "response's responseParameters entry is a mapping expression (method.request.*, integration.response.*, "
        + "context.*, stageVariables.*) or a static value in single quotes, such as 'GET,POST'. A bare value is "
        + "read as an expression, and import fails with \"Invalid mapping expression specified: GET, HEAD, POST\" "
        + "(for a gateway response, aws/aws-cdk#11306; double quotes do not count, "
        + "awsdocs/amazon-api-gateway-developer-guide#7). In YAML the quotes are part of the value: write "
        + "\"'GET,POST'\", since 'GET,POST' alone is YAML's own quoting. HTTP APIs write static values without "
        + "quotes and are not checked.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-requestParameters.html",
    quote = "If you're creating resources through OpenAPI or AWS CloudFormation, static values should be enclosed in "
        + "single quotes.")
public final class StaticValueUnquoted implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() == OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    for (OpenApiDocument.Operation operation : document.operations()) {
      operation.integration().ifPresent(integration -> {
        integration.object("requestParameters").ifPresent(p -> check(p, operation.label(), context));
        integration.object("responses").ifPresent(responses -> responses.value().fieldNames().forEachRemaining(key ->
            responses.object(key).flatMap(r -> r.object("responseParameters"))
                .ifPresent(p -> check(p, operation.label(), context))));
      });
    }
    document.root().object("x-amazon-apigateway-gateway-responses").ifPresent(responses -> responses.value().fieldNames()
        .forEachRemaining(type -> responses.object(type).flatMap(r -> r.object("responseParameters"))
            .ifPresent(p -> check(p, "gateway response " + type, context))));
  }

  private static void check(Node parameters, String where, RuleContext context) {
    parameters.value().fieldNames().forEachRemaining(key -> parameters.member(key).filter(v -> v.value().isValueNode())
        .ifPresent(value -> {
          String text = value.value().asText();
          if (MappingValues.unquotedStatic(text)) {
            context.report(value.pointer(), "%s: %s is set to %s, a static value without its single quotes; write '%s'"
                .formatted(where, key, text.isEmpty() ? "an empty value" : "\"" + text + "\"", text.replace("\"", "")));
          }
        }));
  }
}
