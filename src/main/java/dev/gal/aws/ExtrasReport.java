package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reports the parts a GAL config has no place for: API-level extensions, and
 * the integration settings of the operations the config keeps (an operation
 * left out is reported once, as left out, not part by part). An integration
 * that several operations share through a $ref is reported once, naming them all.
 */
record ExtrasReport(ImportContext context) {
  private static final List<String> API_EXTENSIONS = List.of("x-amazon-apigateway-binary-media-types",
      "x-amazon-apigateway-minimum-compression-size", "x-amazon-apigateway-documentation", "x-amazon-apigateway-policy",
      "x-amazon-apigateway-request-validator", "x-amazon-apigateway-tag-value", "x-amazon-apigateway-importexport-version",
      "x-amazon-apigateway-cors");
  private static final List<String> INTEGRATION_FIELDS = List.of("cacheNamespace", "tlsConfig", "integrationSubtype");
  private static final Set<String> CORS_GATEWAY_RESPONSES = Set.of("DEFAULT_4XX", "DEFAULT_5XX");
  /** The request template of GAL's MOCK, {"statusCode": 200}, with any spacing. */
  private static final Pattern STATUS_TEMPLATE = Pattern.compile("\\s*\\{\\s*\"statusCode\"\\s*:\\s*(\\d+)\\s*}\\s*");

  void report() {
    Node root = context.document().root();
    for (String extension : API_EXTENSIONS) {
      root.member(extension).ifPresent(n -> context.drop(n.pointer(), extension));
    }
    root.object("x-amazon-apigateway-gateway-responses").ifPresent(responses -> responses.value().fieldNames().forEachRemaining(type -> {
      if (!CORS_GATEWAY_RESPONSES.contains(type)) {
        context.drop(responses.pointer().append(type), "the gateway response " + type);
      }
    }));
    root.object("x-amazon-apigateway-request-validators").ifPresent(validators -> validators.value().fieldNames().forEachRemaining(name -> {
      if (!name.equals(RequestValidation.VALIDATOR)) {
        context.drop(validators.pointer().append(name), "the request validator " + name);
      }
    }));
    root.member("security").filter(s -> s.value().size() > 0).ifPresent(security -> context.change(security.pointer(),
        "the root-level security; API Gateway does not apply it (it reads security per operation), so operations without "
            + "their own security are imported as open routes, as AWS deploys them; give each operation its security"));
    Map<Node, List<String>> integrations = new LinkedHashMap<>();
    for (OpenApiDocument.Operation operation : context.kept()) {
      operation.integration().ifPresent(i -> integrations.computeIfAbsent(i, k -> new ArrayList<>()).add(operation.label()));
    }
    integrations.forEach((integration, labels) -> report(integration, ImportContext.labels(labels)));
  }

  private void report(Node integration, String of) {
    boolean mock = integration.value().path("type").asText("").equalsIgnoreCase("mock");
    boolean httpProxy = integration.value().path("type").asText("").equalsIgnoreCase("http_proxy");
    if (integration.has("requestTemplates") && !mock) {
      context.drop(integration.pointer().append("requestTemplates"), "the mapping templates of " + of);
    } else if (mock && !isStatusTemplate(integration.value().path("requestTemplates"))) {
      context.change(integration.pointer().append("requestTemplates"), ("the request template of the MOCK of %s, which chooses "
          + "its answer; dropped, and GAL's MOCK always chooses status 200").formatted(of));
    }
    if ("VPC_LINK".equalsIgnoreCase(integration.value().path("connectionType").asText())) {
      context.change(integration.pointer().append("connectionType"), ("the VPC link of %s; dropped, so the imported route "
          + "calls its backend over the internet").formatted(of));
    }
    if (integration.has("cacheKeyParameters") && integration.value().path("cacheKeyParameters").size() > 0) {
      context.drop(integration.pointer().append("cacheKeyParameters"), "the cache key parameters of " + of);
    }
    for (String field : INTEGRATION_FIELDS) {
      integration.member(field).ifPresent(n -> context.drop(n.pointer(), "%s of %s".formatted(field, of)));
    }
    integration.member("payloadFormatVersion").ifPresent(n -> context.drop(n.pointer(),
        "payloadFormatVersion %s of %s, an HTTP API setting (gal export writes a REST API)".formatted(n.value().asText(), of)));
    integration.member("contentHandling").ifPresent(n -> context.change(n.pointer(),
        "contentHandling %s of %s; dropped, and gal export writes no request payload conversion for it".formatted(n.value().asText(), of)));
    integration.object("requestParameters").ifPresent(parameters -> parameters.value().fields().forEachRemaining(e -> {
      String key = e.getKey();
      boolean pathMapping = key.startsWith("integration.request.path.")
          && e.getValue().asText().equals("method.request.path." + key.substring("integration.request.path.".length()));
      boolean routeHeader = httpProxy && StaticHeaders.isRequestHeader(key, e.getValue());
      if (!pathMapping && !routeHeader) {
        context.drop(parameters.pointer().append(key), "the parameter mapping %s of %s".formatted(key, of));
      }
    }));
    integration.object("responses").ifPresent(responses -> {
      List<String> answering = mock ? answering(integration.value().path("requestTemplates"), responses.value()) : List.of();
      responses.value().fieldNames().forEachRemaining(key -> responses.object(key).ifPresent(response -> {
        if (mock && answering.contains(key)) {
          mockResponse(response, key, of, answering.size() == 1);
        } else if (!mock && (response.has("responseParameters") || response.has("responseTemplates"))) {
          context.drop(response.pointer(), "the integration response mapping of " + of);
        }
        response.member("contentHandling").ifPresent(n -> context.change(n.pointer(), ("contentHandling %s of the integration "
            + "response %s of %s; dropped, and gal export writes no response payload conversion for it")
            .formatted(n.value().asText(), key, of)));
      }));
    });
  }

  /**
   * The integration responses a MOCK can answer with: the one its request
   * template's status code selects (a response whose pattern matches it,
   * else default), the default one without a template, and every one when the
   * template decides at run time.
   */
  static List<String> answering(JsonNode templates, JsonNode responses) {
    List<String> keys = new ArrayList<>();
    responses.fieldNames().forEachRemaining(keys::add);
    String status = null;
    for (JsonNode template : templates) {
      Matcher m = STATUS_TEMPLATE.matcher(template.asText(""));
      if (!m.matches() || status != null && !status.equals(m.group(1))) {
        return keys;
      }
      status = m.group(1);
    }
    if (status != null) {
      for (String key : keys) {
        if (!key.equals("default") && matches(key, status)) {
          return List.of(key);
        }
      }
    }
    return keys.contains("default") ? List.of("default") : List.of();
  }

  private static boolean matches(String pattern, String status) {
    try {
      return Pattern.compile(pattern).matcher(status).matches();
    } catch (PatternSyntaxException e) {
      return pattern.equals(status);
    }
  }

  /**
   * GAL's MOCK answers 200 with an empty body and, with CORS on, the allowed
   * origin. Another status, a response template or other headers is what the
   * document's MOCK does and the imported route does not.
   */
  private void mockResponse(Node response, String key, String of, boolean certain) {
    String status = response.value().path("statusCode").asText("200");
    boolean template = response.value().path("responseTemplates").size() > 0;
    if (!status.equals("200") || template) {
      String answer = (status.equals("200") ? "" : status + " ") + (template ? "with the body of a response template" : "");
      context.change(response.pointer(), ("the MOCK of %s %s %s (integration response %s), but GAL's MOCK answers 200 with "
          + "an empty body, and so does the imported route; keep this method out of GAL to keep its answer")
          .formatted(of, certain ? "answers" : "may answer", answer.strip(), key));
    }
    List<String> headers = new ArrayList<>();
    response.value().path("responseParameters").properties().forEach(e -> {
      boolean routeHeader = certain && StaticHeaders.isResponseHeader(e.getKey(), e.getValue());
      if (!e.getKey().equals(StaticHeaders.ALLOW_ORIGIN) && !routeHeader) {
        headers.add(e.getKey().replace(StaticHeaders.RESPONSE, ""));
      }
    });
    if (!headers.isEmpty()) {
      context.drop(response.pointer().append("responseParameters"), "the response headers %s of the MOCK of %s"
          .formatted(String.join(", ", headers), of));
    }
  }

  /** Request templates that only choose a status code, such as GAL's {"statusCode": 200}: the responses decide the answer. */
  private static boolean isStatusTemplate(JsonNode templates) {
    for (JsonNode template : templates) {
      Matcher m = STATUS_TEMPLATE.matcher(template.asText(""));
      if (!m.matches()) {
        return false;
      }
    }
    return true;
  }
}
