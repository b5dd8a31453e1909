package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "AWS-OAS-033",
    name = "cors-gateway-responses-missing",
    summary = "CORS is set up, but API Gateway's own error responses carry no CORS headers",
    description = "When API Gateway itself answers, with 403 for a missing key or 502 for a failing backend, the response has no CORS headers unless x-amazon-apigateway-gateway-responses adds them to DEFAULT_4XX and DEFAULT_5XX; the browser then hides the error from the page.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html")
public final class CorsGatewayResponsesMissing implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() == OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    boolean cors = document.operations().stream().anyMatch(o -> o.method().equalsIgnoreCase("options") && CorsHeaders.setsOrigin(o));
    boolean gatewayCors = document.root().object("x-amazon-apigateway-gateway-responses")
        .map(r -> r.value().toString().contains(CorsHeaders.ALLOW_ORIGIN)).orElse(false);
    if (cors && !gatewayCors) {
      context.reportKey(document.root().object("x-amazon-apigateway-gateway-responses").map(Node::pointer).orElse(dev.gal.model.JsonPointer.of("paths")),
          "OPTIONS operations answer CORS preflights, but no gateway response adds Access-Control-Allow-Origin to DEFAULT_4XX and DEFAULT_5XX");
    }
  }
}
