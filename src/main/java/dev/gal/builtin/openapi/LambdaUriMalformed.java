package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-004",
    name = "lambda-integration-uri-malformed",
    summary = "A Lambda integration uri is not a Lambda invocation ARN",
    description = "A REST API's aws_proxy integration (and an aws integration that calls Lambda) has the uri "
        + "arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations, the ARN of "
        + "the Lambda Invoke action. A function ARN alone, which HTTP APIs accept, or a literal {region} names no "
        + "action API Gateway can call.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-request-basic-setup.html",
    quote = "When setting up the Lambda or Lambda proxy integration, you assign the Amazon Resource Name (ARN) "
        + "for invoking the Lambda function as the integration request URI value. This ARN has the following "
        + "format: "
        + "arn:aws:apigateway:api-region:lambda:path//2015-03-31/functions/arn:aws:lambda:lambda-region:account-id:function:lambda-function-name/invocations")
public final class LambdaUriMalformed extends IntegrationRule {
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    if (kind == OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    integration.string("uri").filter(u -> operation.integrationType().equals("aws_proxy") || LambdaInvocation.isLambda(u.value()))
        .ifPresent(uri -> LambdaInvocation.problem(uri.value()).ifPresent(problem -> context.report(uri.pointer(),
            "%s: the integration uri %s".formatted(operation.label(), problem))));
  }
}
