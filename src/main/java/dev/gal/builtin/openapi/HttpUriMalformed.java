package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Placeholders;
import dev.gal.rule.Severity;

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
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    boolean http = operation.integrationType().equals("http") || operation.integrationType().equals("http_proxy");
    boolean vpcLink = "VPC_LINK".equalsIgnoreCase(integration.value().path("connectionType").asText());
    integration.string("uri").filter(u -> http && !Placeholders.templated(u.value()))
        .filter(u -> !absoluteHttpUrl(u.value()) && !(vpcLink && u.value().startsWith("arn:")))
        .ifPresent(uri -> context.report(uri.pointer(), "%s: the integration uri \"%s\" is not an absolute http(s) URL"
            .formatted(operation.label(), uri.value())));
  }

  /**
   * Whether the uri matches (?i)https?://[^/\\s]+(/\\S*)?: a scheme of http or https in any ASCII case, a host,
   * and a path, without whitespace. Written out, since the rule asks of every integration of large documents,
   * and the pattern took most of its time.
   */
  static boolean absoluteHttpUrl(String uri) {
    int host = startsWithIgnoringAsciiCase(uri, "https://") ? 8 : startsWithIgnoringAsciiCase(uri, "http://") ? 7 : -1;
    if (host < 0 || host == uri.length() || uri.charAt(host) == '/') {
      return false;
    }
    for (int i = host; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** String.regionMatches ignoring case would also take the long s (U+017F) for an s, as the pattern does not. */
  private static boolean startsWithIgnoringAsciiCase(String text, String lowerPrefix) {
    if (text.length() < lowerPrefix.length()) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length(); i++) {
      char c = text.charAt(i);
      char expected = lowerPrefix.charAt(i);
      if (c != expected && !(expected >= 'a' && expected <= 'z' && c == expected - 'a' + 'A')) {
        return false;
      }
    }
    return true;
  }
}
