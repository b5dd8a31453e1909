package dev.gal.builtin.openapi;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-027",
    name = "minimum-compression-size-out-of-range",
    summary = "x-amazon-apigateway-minimum-compression-size outside 0 to 10485760",
    description = "The minimum compression size is 0 to 10,485,760 bytes; another value is no size API Gateway can use.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-openapi-minimum-compression-size.html",
    quote = "To enable compression, specify an integer between 0 and 10485760.")
public final class MinimumCompressionSize implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    document.root().integer("x-amazon-apigateway-minimum-compression-size").filter(s -> s.value() < 0 || s.value() > 10_485_760)
        .ifPresent(s -> context.report(s.pointer(), "the minimum compression size is %d; API Gateway accepts 0 to 10485760 bytes".formatted(s.value())));
  }
}
