package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.JsonPointer;
import java.util.List;

/**
 * CORS for a REST API: an OPTIONS mock per path that answers the preflight,
 * and gateway responses so that API Gateway's own 4XX and 5XX errors carry the
 * headers too and stay readable by browsers.
 */
final class Cors {
  static final String GATEWAY_RESPONSES_EXTENSION = "x-amazon-apigateway-gateway-responses";
  private static final List<String> GATEWAY_RESPONSES = List.of("DEFAULT_4XX", "DEFAULT_5XX");

  private final ExportSettings settings;
  private final Emitter emit;

  Cors(ExportSettings settings, Emitter emit) {
    this.settings = settings;
    this.emit = emit;
  }

  boolean enabled() {
    return settings.aws().corsEnabled();
  }

  /** The preflight operation of one path. */
  void writeOptions(ObjectNode pathItem, JsonPointer at, ObjectNode parameters) {
    ObjectNode options = emit.object(pathItem, at, "options", settings.source("cors_enabled"));
    JsonPointer optionsAt = at.append("options");
    if (parameters != null) {
      options.set("parameters", parameters.get("parameters").deepCopy());
    }
    ObjectNode headers = options.putObject("responses").putObject("200").put("description", "CORS preflight").putObject("headers");
    for (String header : List.of("Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers")) {
      headers.putObject(header).putObject("schema").put("type", "string");
    }
    ObjectNode integration = emit.object(options, optionsAt, Integrations.EXTENSION, settings.source("cors_enabled"));
    integration.put("type", "mock");
    integration.putObject("requestTemplates").put("application/json", "{\"statusCode\": 200}");
    ObjectNode response = integration.putObject("responses").putObject("default");
    response.put("statusCode", "200");
    JsonPointer responseAt = optionsAt.append(Integrations.EXTENSION).append("responses").append("default");
    ObjectNode values = emit.object(response, responseAt, "responseParameters", settings.source("cors_allow_origins"));
    JsonPointer valuesAt = responseAt.append("responseParameters");
    emit.put(values, valuesAt, "method.response.header.Access-Control-Allow-Methods", Integrations.quoted(methods()),
        settings.source("cors_allow_methods"));
    emit.put(values, valuesAt, "method.response.header.Access-Control-Allow-Headers", Integrations.quoted(headers()),
        settings.source("cors_allow_headers"));
    emit.put(values, valuesAt, "method.response.header.Access-Control-Allow-Origin", Integrations.quoted(settings.corsOrigin()),
        settings.source("cors_allow_origins"));
    integration.put("passthroughBehavior", "when_no_match");
  }

  void writeGatewayResponses(ObjectNode document, JsonPointer at) {
    ObjectNode responses = emit.object(document, at, GATEWAY_RESPONSES_EXTENSION, settings.source("cors_enabled"));
    for (String type : GATEWAY_RESPONSES) {
      ObjectNode parameters = responses.putObject(type).putObject("responseParameters");
      parameters.put("gatewayresponse.header.Access-Control-Allow-Origin", Integrations.quoted(settings.corsOrigin()));
      parameters.put("gatewayresponse.header.Access-Control-Allow-Methods", Integrations.quoted(methods()));
      parameters.put("gatewayresponse.header.Access-Control-Allow-Headers", Integrations.quoted(headers()));
    }
  }

  private String methods() {
    return String.join(",", settings.values(settings.aws().corsMethods()));
  }

  private String headers() {
    return String.join(",", settings.values(settings.aws().corsHeaders()));
  }
}
