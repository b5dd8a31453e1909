package dev.gal.openapi.structure;

import static dev.gal.openapi.structure.OasShape.ANY;
import static dev.gal.openapi.structure.OasShape.BOOLEAN;
import static dev.gal.openapi.structure.OasShape.INTEGER;
import static dev.gal.openapi.structure.OasShape.NUMBER;
import static dev.gal.openapi.structure.OasShape.STRING;
import static dev.gal.openapi.structure.OasShape.list;
import static dev.gal.openapi.structure.OasShape.map;
import static dev.gal.openapi.structure.OasShape.object;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed fields of the OpenAPI 3.0.3 objects (section 4.7), with their
 * JSON types and the fields each object requires. Requirements that depend on
 * other fields (a security scheme's fields per type, a parameter's schema or
 * content) are in {@link ObjectRules}. Paths, Responses and Callback objects
 * are maps with patterned keys; the walker treats them itself.
 */
final class OpenApi30Objects {
  static final String ROOT = "OpenAPI";
  static final String PATHS = "Paths";
  static final String PATH_ITEM = "PathItem";
  static final String OPERATION = "Operation";
  static final String PARAMETER = "Parameter";
  static final String HEADER = "Header";
  static final String RESPONSES = "Responses";
  static final String RESPONSE = "Response";
  static final String CALLBACK = "Callback";
  static final String SCHEMA = "Schema";
  static final String SCHEMA_OR_BOOLEAN = "SchemaOrBoolean";
  static final String SECURITY_SCHEME = "SecurityScheme";
  static final String OAUTH_FLOW = "OAuthFlow";
  static final String MEDIA_TYPE = "MediaType";
  static final String SERVER_VARIABLE = "ServerVariable";
  static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final Map<String, OasObject> TYPES = new HashMap<>();

  static {
    define(ROOT, false, "openapi info paths", "openapi", STRING, "info", object("Info"), "servers", list(object("Server")),
        "paths", object(PATHS), "components", object("Components"), "security", list(map(list(STRING))),
        "tags", list(object("Tag")), "externalDocs", object("ExternalDocs"));
    define("Info", false, "title version", "title", STRING, "description", STRING, "termsOfService", STRING,
        "contact", object("Contact"), "license", object("License"), "version", STRING);
    define("Contact", false, "", "name", STRING, "url", STRING, "email", STRING);
    define("License", false, "name", "name", STRING, "url", STRING);
    define("Server", false, "url", "url", STRING, "description", STRING, "variables", map(object(SERVER_VARIABLE)));
    define(SERVER_VARIABLE, false, "default", "enum", list(STRING), "default", STRING, "description", STRING);
    define("Components", false, "", "schemas", map(object(SCHEMA)), "responses", map(object(RESPONSE)),
        "parameters", map(object(PARAMETER)), "examples", map(object("Example")),
        "requestBodies", map(object("RequestBody")), "headers", map(object(HEADER)),
        "securitySchemes", map(object(SECURITY_SCHEME)), "links", map(object("Link")), "callbacks", map(object(CALLBACK)));
    Map<String, Object> pathItem = new LinkedHashMap<>(Map.of("$ref", STRING, "summary", STRING, "description", STRING,
        "servers", list(object("Server")), "parameters", list(object(PARAMETER))));
    METHODS.forEach(method -> pathItem.put(method, object(OPERATION)));
    define(PATH_ITEM, false, "", pathItem);
    define(OPERATION, false, "responses", "tags", list(STRING), "summary", STRING, "description", STRING,
        "externalDocs", object("ExternalDocs"), "operationId", STRING, "parameters", list(object(PARAMETER)),
        "requestBody", object("RequestBody"), "responses", object(RESPONSES), "callbacks", map(object(CALLBACK)),
        "deprecated", BOOLEAN, "security", list(map(list(STRING))), "servers", list(object("Server")));
    define("ExternalDocs", false, "url", "description", STRING, "url", STRING);
    define(PARAMETER, true, "", parameterFields(true));
    define(HEADER, true, "", parameterFields(false));
    define("RequestBody", true, "content", "description", STRING, "content", map(object(MEDIA_TYPE)), "required", BOOLEAN);
    define(MEDIA_TYPE, false, "", "schema", object(SCHEMA), "example", ANY, "examples", map(object("Example")),
        "encoding", map(object("Encoding")));
    define("Encoding", false, "", "contentType", STRING, "headers", map(object(HEADER)), "style", STRING,
        "explode", BOOLEAN, "allowReserved", BOOLEAN);
    define(RESPONSE, true, "description", "description", STRING, "headers", map(object(HEADER)),
        "content", map(object(MEDIA_TYPE)), "links", map(object("Link")));
    define("Example", true, "", "summary", STRING, "description", STRING, "value", ANY, "externalValue", STRING);
    define("Link", true, "", "operationRef", STRING, "operationId", STRING, "parameters", map(ANY), "requestBody", ANY,
        "description", STRING, "server", object("Server"));
    define("Tag", false, "name", "name", STRING, "description", STRING, "externalDocs", object("ExternalDocs"));
    define(SCHEMA, true, "", schemaFields());
    define("Discriminator", false, "propertyName", "propertyName", STRING, "mapping", map(STRING));
    define("XML", false, "", "name", STRING, "namespace", STRING, "prefix", STRING, "attribute", BOOLEAN, "wrapped", BOOLEAN);
    define(SECURITY_SCHEME, true, "type", "type", STRING, "description", STRING, "name", STRING, "in", STRING,
        "scheme", STRING, "bearerFormat", STRING, "flows", object("OAuthFlows"), "openIdConnectUrl", STRING);
    define("OAuthFlows", false, "", "implicit", object(OAUTH_FLOW), "password", object(OAUTH_FLOW),
        "clientCredentials", object(OAUTH_FLOW), "authorizationCode", object(OAUTH_FLOW));
    define(OAUTH_FLOW, false, "scopes", "authorizationUrl", STRING, "tokenUrl", STRING, "refreshUrl", STRING,
        "scopes", map(STRING));
  }

  private OpenApi30Objects() {}

  static OasObject type(String name) {
    return TYPES.get(name);
  }

  private static Map<String, Object> parameterFields(boolean parameter) {
    Map<String, Object> fields = new LinkedHashMap<>(Map.of("description", STRING, "required", BOOLEAN,
        "deprecated", BOOLEAN, "allowEmptyValue", BOOLEAN, "style", STRING, "explode", BOOLEAN, "allowReserved", BOOLEAN,
        "schema", object(SCHEMA), "example", ANY, "examples", map(object("Example"))));
    fields.put("content", map(object(MEDIA_TYPE)));
    // swagger-parser accepts name and in on a Header Object too, and API Gateway exports them there.
    fields.put("name", STRING);
    fields.put("in", STRING);
    return fields;
  }

  private static Map<String, Object> schemaFields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String key : List.of("title", "pattern", "type", "description", "format")) {
      fields.put(key, STRING);
    }
    for (String key : List.of("multipleOf", "maximum", "minimum")) {
      fields.put(key, NUMBER);
    }
    for (String key : List.of("maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties")) {
      fields.put(key, INTEGER);
    }
    for (String key : List.of("exclusiveMaximum", "exclusiveMinimum", "uniqueItems", "nullable", "readOnly", "writeOnly",
        "deprecated")) {
      fields.put(key, BOOLEAN);
    }
    for (String key : List.of("allOf", "oneOf", "anyOf")) {
      fields.put(key, list(object(SCHEMA)));
    }
    fields.put("required", list(STRING));
    fields.put("enum", list(ANY));
    fields.put("not", object(SCHEMA));
    fields.put("items", object(SCHEMA));
    fields.put("properties", map(object(SCHEMA)));
    fields.put("additionalProperties", object(SCHEMA_OR_BOOLEAN));
    fields.put("default", ANY);
    fields.put("example", ANY);
    fields.put("discriminator", object("Discriminator"));
    fields.put("xml", object("XML"));
    fields.put("externalDocs", object("ExternalDocs"));
    return fields;
  }

  private static void define(String name, boolean referable, String required, Object... pairs) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put((String) pairs[i], pairs[i + 1]);
    }
    define(name, referable, required, fields);
  }

  private static void define(String name, boolean referable, String required, Map<String, Object> fields) {
    Map<String, OasShape> shapes = new LinkedHashMap<>();
    fields.forEach((key, shape) -> shapes.put(key, (OasShape) shape));
    TYPES.put(name, new OasObject(name, referable, shapes, required.isEmpty() ? List.of() : List.of(required.split(" "))));
  }
}
