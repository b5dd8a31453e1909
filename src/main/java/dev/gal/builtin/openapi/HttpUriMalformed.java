package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Placeholders;
import dev.gal.rule.Severity;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-OAS-005",
    name = "http-integration-uri-malformed",
    summary = "An HTTP integration uri is not an absolute http or https URL",
    description = "http and http_proxy integrations call the URL in uri, which must be absolute, with the scheme http "
        + "or https and a host. A relative path or another scheme names no HTTP endpoint API Gateway can call.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html",
    quote = "For the HTTP integration, this is the URL of the HTTP endpoint including the https or http scheme.")
public final class HttpUriMalformed extends IntegrationRule {
  private static final Pattern ABSOLUTE_HTTP_URL = Pattern.compile("(?i)https?://[^/\\s]+(/\\S*)?");

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    boolean http = operation.integrationType().equals("http") || operation.integrationType().equals("http_proxy");
    boolean vpcLink = "VPC_LINK".equalsIgnoreCase(integration.value().path("connectionType").asText());
    integration.string("uri").filter(u -> http && !Placeholders.templated(u.value()))
        .filter(u -> !ABSOLUTE_HTTP_URL.matcher(u.value()).matches() && !(vpcLink && u.value().startsWith("arn:")))
        .ifPresent(uri -> context.report(uri.pointer(), "%s: the integration uri \"%s\" is not an absolute http(s) URL"
            .formatted(operation.label(), uri.value())));
  }
}
