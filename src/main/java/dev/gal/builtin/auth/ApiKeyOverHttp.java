package dev.gal.builtin.auth;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-AUTH-012",
    name = "api-key-to-plain-http-backend",
    summary = "API keys are required, but the backend is reached over plain http",
    description = "With api_key_required, clients send their X-API-Key to API Gateway, and an HTTP "
        + "proxy integration passes the request headers, key included, through to the backend. Over plain "
        + "http the key crosses the network unencrypted. Serve the backend over https.",
    severity = Severity.WARNING,
    category = Category.AUTH,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-create-api-as-simple-proxy-for-http.html",
    quote = "The request data that is passed through includes the request headers, query string parameters, URL path "
        + "variables, and payload.")
public final class ApiKeyOverHttp implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().apiKeyRequired() || !config.awsSettings().integrationType().equals("HTTP_PROXY")) {
      return;
    }
    for (GalService service : config.services()) {
      service.protocol().filter(p -> p.value().equals("http")).ifPresent(p -> context.report(p.pointer(),
          "API keys are required, and service '%s' forwards requests with their keys over plain http; use https"
              .formatted(service.label())));
    }
  }
}
