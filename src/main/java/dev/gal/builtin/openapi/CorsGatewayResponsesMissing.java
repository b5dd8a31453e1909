package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Optional;

@RuleInfo(
    id = "AWS-OAS-033",
    name = "cors-gateway-responses-missing",
    summary = "CORS is set up, but API Gateway's own error responses carry no CORS headers",
    description = "When API Gateway itself answers, with 403 for a missing key or 502 for a failing backend, the "
        + "response has no CORS headers unless x-amazon-apigateway-gateway-responses adds them to DEFAULT_4XX and "
        + "DEFAULT_5XX; the browser then hides the error from the page.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html",
    quote = "If API Gateway fails to process an incoming request, it returns to the client an error response "
        + "without forwarding the request to the integration backend.")
public final class CorsGatewayResponsesMissing implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() == OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    Optional<OpenApiDocument.Operation> preflight = document.operations().stream()
        .filter(o -> o.method().equalsIgnoreCase("options") && CorsHeaders.setsOrigin(o)).findFirst();
    Optional<Node> gatewayResponses = document.root().object("x-amazon-apigateway-gateway-responses");
    boolean gatewayCors = gatewayResponses.map(r -> CorsHeaders.mentionsOrigin(r.value())).orElse(false);
    if (preflight.isPresent() && !gatewayCors) {
      // At the gateway responses that lack the header, or else at the first preflight, where CORS is set up.
      context.reportKey(gatewayResponses.map(Node::pointer).orElse(preflight.get().node().pointer()),
          "OPTIONS operations answer CORS preflights, but no gateway response adds Access-Control-Allow-Origin to DEFAULT_4XX and DEFAULT_5XX");
    }
  }
}
