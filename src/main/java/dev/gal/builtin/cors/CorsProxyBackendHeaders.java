package dev.gal.builtin.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Set;

@RuleInfo(
    id = "AWS-CORS-011",
    name = "cors-proxy-backend-headers",
    summary = "CORS with a proxy integration: the backend must return the CORS headers itself",
    description = "The AWS export answers preflight OPTIONS requests with a mock integration and adds "
        + "CORS headers to API Gateway's own 4XX and 5XX errors. With HTTP_PROXY or AWS_PROXY every "
        + "other response comes from the backend as it is, and a browser reads it cross-origin only when "
        + "it carries Access-Control-Allow-Origin. Make the HTTP backend or the Lambda function return "
        + "Access-Control-Allow-Origin (and Access-Control-Allow-Headers) with the origin of "
        + "cors_allow_origins.",
    severity = Severity.INFO,
    category = Category.CORS,
    reference = CorsGuide.HOW_TO_CORS,
    quote = "For a Lambda proxy integration or HTTP proxy integration, you can still set up the required `OPTIONS` "
        + "response headers in API Gateway. However, your backend is responsible for returning the "
        + "`Access-Control-Allow-Origin` and `Access-Control-Allow-Headers` headers, because a proxy integration doesn't "
        + "return an integration response.")
public final class CorsProxyBackendHeaders implements GalConfigRule {
  private static final Set<String> PROXY_TYPES = Set.of("HTTP_PROXY", "AWS_PROXY");

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    boolean proxiedRoute = config.routes().stream().anyMatch(route -> route.path().isPresent());
    // Once per config, as the integration type is one setting for every route; a config without an
    // aws_apigateway block has no line to hang a note on, so it gets none (as with AWS-CORS-009).
    if (aws.block().isPresent() && aws.corsEnabled() && PROXY_TYPES.contains(aws.integrationType()) && proxiedRoute) {
      context.reportKey(CorsSetting.at(aws, aws.has("integration_type") ? "integration_type" : "cors_enabled"),
          ("integration_type is %s, so the backend must return Access-Control-Allow-Origin itself; API Gateway answers "
              + "only the preflight and its own errors with CORS headers").formatted(aws.integrationType()));
    }
  }
}
