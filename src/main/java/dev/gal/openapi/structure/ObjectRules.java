package dev.gal.openapi.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 requirements that a table of fixed fields cannot say: fields
 * required by another field's value, enumerated values, and uniqueness.
 */
final class ObjectRules {
  private static final List<String> API_KEY_IN = List.of("query", "header", "cookie");
  private static final List<String> SCHEME_TYPES = List.of("apiKey", "http", "oauth2", "openIdConnect");
  private static final List<String> SCHEME_TYPES_31 = List.of("apiKey", "http", "mutualTLS", "oauth2", "openIdConnect");
  private static final Map<String, List<String>> SCHEME_FIELDS = Map.of("apiKey", List.of("name", "in"),
      "http", List.of("scheme"), "oauth2", List.of("flows"), "openIdConnect", List.of("openIdConnectUrl"));
  /** In the specification's order; Map.of's order changes from run to run. */
  private static final List<String> FLOWS = List.of("implicit", "password", "clientCredentials", "authorizationCode");
  private static final Map<String, List<String>> FLOW_URLS = Map.of("implicit", List.of("authorizationUrl"),
      "password", List.of("tokenUrl"), "clientCredentials", List.of("tokenUrl"),
      "authorizationCode", List.of("authorizationUrl", "tokenUrl"));
  private static final Pattern COMPONENT_NAME = Pattern.compile("^[a-zA-Z0-9.\\-_]+$");

  private final Problems problems;
  private final ParameterRules parameters;
  private final boolean openApi31;
  private final Set<String> operationIds = new HashSet<>();

  ObjectRules(JsonNode root, Problems problems, boolean openApi31) {
    this.problems = problems;
    this.parameters = new ParameterRules(root, problems);
    this.openApi31 = openApi31;
  }

  /** Whether the object's fields are worth checking: a parameter without a valid in is not read further. */
  boolean readable(String type, JsonNode node, Cursor at) {
    return !type.equals(OpenApi30Objects.PARAMETER) || parameters.readable(node, at);
  }

  void check(String type, JsonNode node, Cursor at) {
    switch (type) {
      case "Info" -> {
        if (node.path("version").isNull()) {
          problems.missing(at.pointer(), "version");
        }
      }
      case OpenApi30Objects.PARAMETER -> parameters.check(node, at);
      case OpenApi30Objects.HEADER -> {
        oneOf(problems, node, at, "style", List.of("simple"));
        exampleOrExamples(problems, node, at);
      }
      case OpenApi30Objects.MEDIA_TYPE -> exampleOrExamples(problems, node, at);
      case OpenApi30Objects.SECURITY_SCHEME -> securityScheme(node, at);
      case "OAuthFlows" -> FLOWS.forEach(flow -> {
        JsonNode value = node.get(flow);
        if (value != null && value.isObject()) {
          at.push(flow);
          required(value, at, FLOW_URLS.get(flow));
          at.pop();
        }
      });
      case OpenApi30Objects.SCHEMA -> {
        if (node.path("type").asText().equals("array") && !node.has("items")) {
          problems.missing(at.pointer(), "items");
        }
      }
      case OpenApi30Objects.PATH_ITEM -> parameters.unique(node, at);
      case OpenApi30Objects.OPERATION -> {
        parameters.unique(node, at);
        JsonNode id = node.get("operationId");
        if (id != null && id.isValueNode() && !id.isNull() && !operationIds.add(id.asText())) {
          problems.invalid(at.pointer().append("operationId"), "is repeated");
        }
      }
      case "Components" -> node.properties().forEach(field -> {
        if (field.getValue().isObject()) {
          field.getValue().fieldNames().forEachRemaining(name -> {
            if (!COMPONENT_NAME.matcher(name).matches()) {
              problems.invalid(at.pointer().append(field.getKey()).append(name), "is no valid component name, which must match "
                  + COMPONENT_NAME.pattern());
            }
          });
        }
      });
      default -> { }
    }
  }

  private void securityScheme(JsonNode node, Cursor at) {
    JsonNode type = node.get("type");
    if (type == null || type.isContainerNode()) {
      return;
    }
    List<String> types = openApi31 ? SCHEME_TYPES_31 : SCHEME_TYPES;
    if (!types.contains(type.asText())) {
      problems.notOneOf(at.pointer().append("type"), types);
      return;
    }
    required(node, at, SCHEME_FIELDS.getOrDefault(type.asText(), List.of()));
    if (type.asText().equals("apiKey")) {
      oneOf(problems, node, at, "in", API_KEY_IN);
    }
  }

  private void required(JsonNode node, Cursor at, List<String> fields) {
    for (String field : fields) {
      if (!node.has(field)) {
        problems.missing(at.pointer(), field);
      }
    }
  }

  static void oneOf(Problems problems, JsonNode node, Cursor at, String field, List<String> allowed) {
    JsonNode value = node.get(field);
    if (value != null && value.isValueNode() && !value.isNull() && !allowed.contains(value.asText())) {
      problems.notOneOf(at.pointer().append(field), allowed);
    }
  }

  static void exampleOrExamples(Problems problems, JsonNode node, Cursor at) {
    if (node.has("example") && node.has("examples")) {
      problems.invalid(at.pointer().append("example"), "is not allowed beside examples");
    }
  }
}
