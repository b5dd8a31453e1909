package dev.gal.builtin.openapi;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-OAS-042",
    name = "openapi-version-unsupported",
    summary = "The document's OpenAPI version is one API Gateway does not import",
    description = "REST API import reads OpenAPI 2.0 (swagger: \"2.0\") and OpenAPI 3.0.x, and HTTP API import "
        + "reads OpenAPI 3.0.x only. A document with openapi: 3.1.0, as FastAPI writes by default, is refused as a "
        + "whole with \"Invalid OpenAPI input.\" (aws/aws-cli#8191, aws/serverless-application-model#3449, "
        + "smithy-lang/smithy#985). Write the document as OpenAPI 3.0.3 (in FastAPI, set app.openapi_version), "
        + "which may also need 3.1-only schema forms such as type lists or numeric exclusiveMinimum rewritten.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html",
    quote = "Currently, API Gateway supports OpenAPI v2.0 and OpenAPI v3.0 definition files.")
public final class OpenApiVersionUnsupported implements OpenApiRule {
  private static final Pattern OPENAPI_3_0 = Pattern.compile("3\\.0(\\.\\d+)?");

  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    document.root().member("openapi").filter(v -> v.value().isValueNode()).ifPresent(version -> {
      String text = version.value().asText();
      if (!Placeholders.templated(text) && !OPENAPI_3_0.matcher(text).matches()) {
        context.report(version.pointer(), "openapi is %s; API Gateway imports OpenAPI 3.0.x and Swagger 2.0 only, so write the document as OpenAPI 3.0.3"
            .formatted(text));
      }
    });
    document.root().member("swagger").filter(v -> v.value().isValueNode()).ifPresent(version -> {
      if (document.kind() == OpenApiDocument.ApiKind.HTTP) {
        context.report(version.pointer(), "this is an HTTP API document (it uses HTTP API settings), and HTTP API import "
            + "reads OpenAPI 3.0 only, not Swagger 2.0");
      }
    });
  }
}
