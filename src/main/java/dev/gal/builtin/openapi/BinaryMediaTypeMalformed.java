package dev.gal.builtin.openapi;

import dev.gal.model.Located;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-026",
    name = "binary-media-type-malformed",
    summary = "A binary media type is not type/subtype",
    description = "x-amazon-apigateway-binary-media-types lists media types such as image/png, image/* or */*, which "
        + "API Gateway compares with the Content-Type and Accept headers. A bare word such as binary never matches "
        + "one, so payloads meant to be binary are handled as text.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html",
    quote = "Specifies the list of binary media types to be supported by API Gateway, such as "
        + "application/octet-stream and image/jpeg.")
public final class BinaryMediaTypeMalformed implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    for (Located<String> type : document.root().strings("x-amazon-apigateway-binary-media-types")) {
      String plain = type.value().replace("~1", "/");
      if (!plain.matches("[A-Za-z0-9*!#$&^_.+-]+/[A-Za-z0-9*!#$&^_.+-]+(\\s*;.*)?")) {
        context.report(type.pointer(), ("binary media type \"%s\" is not type/subtype, so it never matches a Content-Type or "
            + "Accept header; write e.g. image/png or */*").formatted(type.value()));
      }
    }
  }
}
