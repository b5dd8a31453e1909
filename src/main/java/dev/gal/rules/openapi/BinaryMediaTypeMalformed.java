package dev.gal.rules.openapi;

import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-026",
    name = "binary-media-type-malformed",
    summary = "A binary media type is not type/subtype",
    description = "x-amazon-apigateway-binary-media-types lists MIME types such as image/png, image/* or */*. A bare word is never matched against Content-Type or Accept.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html")
public final class BinaryMediaTypeMalformed implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    for (Located<String> type : document.root().strings("x-amazon-apigateway-binary-media-types")) {
      String plain = type.value().replace("~1", "/");
      if (!plain.matches("[A-Za-z0-9*!#$&^_.+-]+/[A-Za-z0-9*!#$&^_.+-]+(\\s*;.*)?")) {
        context.report(type.pointer(), "binary media type \"%s\" is not type/subtype, e.g. image/png or */*".formatted(type.value()));
      }
    }
  }
}
