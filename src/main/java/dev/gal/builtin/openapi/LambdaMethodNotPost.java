package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.gal.rule.Category;
import dev.gal.rule.Fix;
import dev.gal.rule.FixKind;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Placeholders;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-003",
    name = "lambda-integration-method-not-post",
    summary = "A Lambda integration whose httpMethod is not POST",
    description = "API Gateway invokes Lambda functions through the Lambda Invoke API, which takes POST, whatever the "
        + "method of the operation. Any other httpMethod cannot invoke the function. gal lint --fix sets it to POST.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    fix = FixKind.SAFE,
    quote = "The HTTP method used in the integration request. For Lambda function invocations, the value must be "
        + "POST.")
public final class LambdaMethodNotPost extends IntegrationRule {
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    String uri = integration.value().path("uri").asText("");
    boolean lambda = operation.integrationType().equals("aws_proxy") || (operation.integrationType().equals("aws") && LambdaInvocation.isLambda(uri));
    integration.string("httpMethod").filter(m -> lambda && !m.value().equalsIgnoreCase("POST") && !Placeholders.templated(m.value()))
        .ifPresent(m -> context.report(m.pointer(), "%s calls Lambda with httpMethod %s; Lambda integrations use POST"
            .formatted(operation.label(), m.value()), Fix.replaceValue(m.pointer(), TextNode.valueOf("POST"))));
  }
}
