package dev.gal.rules.openapi;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-025",
    name = "api-key-source-invalid",
    summary = "x-amazon-apigateway-api-key-source is not HEADER or AUTHORIZER",
    description = "The API key source is HEADER (the X-API-Key header) or AUTHORIZER (the usageIdentifierKey of a Lambda authorizer). These are the only valid values; with another, API Gateway has no place to read the API keys from.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html",
    quote = "Specify the source of the API key for requests. Valid values are: HEADER for receiving the API key "
        + "from the X-API-Key header of a request. AUTHORIZER for receiving the API key from the "
        + "UsageIdentifierKey from a Lambda authorizer (formerly known as a custom authorizer).")
public final class ApiKeySourceInvalid implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    document.root().string("x-amazon-apigateway-api-key-source").filter(s -> !Set.of("HEADER", "AUTHORIZER").contains(s.value()))
        .ifPresent(s -> context.report(s.pointer(), "x-amazon-apigateway-api-key-source is \"%s\"; use HEADER or AUTHORIZER".formatted(s.value())));
  }
}
