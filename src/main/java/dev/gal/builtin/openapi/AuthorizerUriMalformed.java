package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-021",
    name = "authorizer-uri-malformed",
    summary = "authorizerUri is not a Lambda invocation ARN",
    description = "A Lambda (token or request) authorizer calls authorizerUri, "
        + "arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations. A function ARN "
        + "alone names no action API Gateway can call.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html",
    quote = "The Uniform Resource Identifier (URI) of the authorizer Lambda function. The syntax is as follows: "
        + "\"arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:account-id:function:auth_function_name/invocations\"")
public final class AuthorizerUriMalformed extends SchemeRule {
  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    if (authorizer != null) {
      authorizer.string("authorizerUri").ifPresent(uri -> LambdaInvocation.problem(uri.value()).ifPresent(problem ->
          context.report(uri.pointer(), "security scheme %s: authorizerUri %s".formatted(name(scheme), problem))));
    }
  }
}
