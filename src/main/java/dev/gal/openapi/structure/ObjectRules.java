package dev.gal.openapi.structure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.JsonPointer;
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
  private static final List<String> PARAMETER_IN = List.of("query", "header", "path", "cookie");
  private static final List<String> STYLES = List.of("matrix", "label", "form", "simple", "spaceDelimited",
      "pipeDelimited", "deepObject");
  private static final List<String> API_KEY_IN = List.of("query", "header", "cookie");
  private static final List<String> SCHEME_TYPES = List.of("apiKey", "http", "oauth2", "openIdConnect");
  private static final List<String> SCHEME_TYPES_31 = List.of("apiKey", "http", "mutualTLS", "oauth2", "openIdConnect");
  private static final Map<String, List<String>> SCHEME_FIELDS = Map.of("apiKey", List.of("name", "in"),
      "http", List.of("scheme"), "oauth2", List.of("flows"), "openIdConnect", List.of("openIdConnectUrl"));
  private static final Map<String, List<String>> FLOW_URLS = Map.of("implicit", List.of("authorizationUrl"),
      "password", List.of("tokenUrl"), "clientCredentials", List.of("tokenUrl"),
      "authorizationCode", List.of("authorizationUrl", "tokenUrl"));
  private static final Pattern COMPONENT_NAME = Pattern.compile("^[a-zA-Z0-9.\\-_]+$");

  private final Problems problems;
  private final boolean openApi31;
  private final Set<String> operationIds = new HashSet<>();

  ObjectRules(Problems problems, boolean openApi31) {
    this.problems = problems;
    this.openApi31 = openApi31;
  }

  /** Whether the object's fields are worth checking: a parameter without a valid in is not read further. */
  boolean readable(String type, JsonNode node, Cursor cursor) {
    if (!type.equals(OpenApi30Objects.PARAMETER)) {
      return true;
    }
    JsonNode in = node.get("in");
    if (in != null && in.isValueNode() && PARAMETER_IN.contains(in.asText())) {
      return true;
    }
    JsonPointer at = cursor.pointer();
    if (in == null) {
      problems.missing(at, "in");
    } else if (in.isContainerNode()) {
      problems.wrongType(at.append("in"), "string");
    } else {
      problems.notOneOf(at.append("in"), PARAMETER_IN);
    }
    return false;
  }

  void check(String type, JsonNode node, Cursor at) {
    switch (type) {
      case "Info" -> {
        if (node.path("version").isNull()) {
          problems.missing(at.pointer(), "version");
        }
      }
      case OpenApi30Objects.PARAMETER -> parameter(node, at);
      case OpenApi30Objects.HEADER -> {
        oneOf(node, at, "style", List.of("simple"));
        exampleOrExamples(node, at);
      }
      case OpenApi30Objects.MEDIA_TYPE -> exampleOrExamples(node, at);
      case OpenApi30Objects.SECURITY_SCHEME -> securityScheme(node, at);
      case "OAuthFlows" -> FLOW_URLS.forEach((flow, urls) -> {
        JsonNode value = node.get(flow);
        if (value != null && value.isObject()) {
          at.push(flow);
          required(value, at, urls);
          at.pop();
        }
      });
      case OpenApi30Objects.SCHEMA -> {
        if (node.path("type").asText().equals("array") && !node.has("items")) {
          problems.missing(at.pointer(), "items");
        }
      }
      case OpenApi30Objects.OPERATION -> {
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

  private void parameter(JsonNode node, Cursor at) {
    if (!node.has("name")) {
      problems.missing(at.pointer(), "name");
    }
    JsonNode content = node.get("content");
    if (content == null && !node.has("schema")) {
      problems.missing(at.pointer(), "content");
    } else if (content != null && content.isObject() && content.size() != 1) {
      problems.invalid(at.pointer().append("content"), "must hold exactly one media type");
    } else if (content != null && node.has("schema")) {
      problems.invalid(at.pointer().append("content"), "is not allowed beside schema");
    }
    oneOf(node, at, "style", STYLES);
    JsonNode required = node.get("required");
    if (node.path("in").asText().equals("path") && (required == null || !required.asText().equals("true"))) {
      problems.invalid(at.pointer().append("required"), "is not true; a path parameter must have required: true");
    }
    exampleOrExamples(node, at);
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
      oneOf(node, at, "in", API_KEY_IN);
    }
  }

  private void required(JsonNode node, Cursor at, List<String> fields) {
    for (String field : fields) {
      if (!node.has(field)) {
        problems.missing(at.pointer(), field);
      }
    }
  }

  private void oneOf(JsonNode node, Cursor at, String field, List<String> allowed) {
    JsonNode value = node.get(field);
    if (value != null && value.isValueNode() && !value.isNull() && !allowed.contains(value.asText())) {
      problems.notOneOf(at.pointer().append(field), allowed);
    }
  }

  private void exampleOrExamples(JsonNode node, Cursor at) {
    if (node.has("example") && node.has("examples")) {
      problems.invalid(at.pointer().append("example"), "is not allowed beside examples");
    }
  }
}
