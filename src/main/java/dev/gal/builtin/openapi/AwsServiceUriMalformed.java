package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-OAS-046",
    name = "aws-service-uri-malformed",
    summary = "An AWS service integration's uri is not arn:PARTITION:apigateway:REGION:SERVICE:path/... or :action/...",
    description = "An aws integration that calls an AWS service action other than Lambda's names it by an "
        + "API Gateway ARN: arn:aws:apigateway:REGION:SERVICE:path/PATH for the path convention (S3's "
        + "arn:aws:apigateway:us-west-2:s3:path/{bucket}) or arn:aws:apigateway:REGION:SERVICE:action/ACTION for the "
        + "action name (arn:aws:apigateway:us-east-1:kinesis:action/PutRecord); a subdomain may precede the "
        + "service. A service ARN such as arn:aws:sqs:us-east-1:123456789012:queue, a URL, or an ARN without path/ "
        + "or action/ names no action API Gateway can call, and the import fails on it (a malformed integration ARN: "
        + "\"Errors found during import: Unable to put integration ... Invalid ARN specified in the request\", "
        + "CodeGenieApp/serverless-express#169). Lambda URIs are AWS-OAS-004's.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-request-basic-setup.html",
    quote = "When setting up the integration request with another AWS service action, the integration request URI "
        + "is also an ARN, similar to the integration with the Lambda Invoke action.")
public final class AwsServiceUriMalformed extends IntegrationRule {
  private static final Pattern SERVICE_ARN = Pattern.compile("arn:[a-z-]+:apigateway:[a-z0-9-]+:[A-Za-z0-9.-]+:(path|action)/.+");

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    if (kind == OpenApiDocument.ApiKind.HTTP || !operation.integrationType().equals("aws")) {
      return;
    }
    integration.string("uri")
        .filter(u -> !Placeholders.templated(u.value()) && !LambdaInvocation.isLambda(u.value()))
        .filter(u -> !SERVICE_ARN.matcher(u.value()).matches())
        .ifPresent(uri -> context.report(uri.pointer(), ("%s: the aws integration uri %s is not "
            + "arn:PARTITION:apigateway:REGION:SERVICE:path/PATH or ...:action/ACTION%s").formatted(operation.label(), uri.value(),
            uri.value().matches("arn:[a-z-]+:lambda:.*") ? " (a Lambda function is called through "
                + "arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations)" : "")));
  }
}
