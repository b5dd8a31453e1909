package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.JsonPointer;
import dev.gal.model.Located;
import dev.gal.model.PathTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a GAL config into the OpenAPI 3.0 document that
 * 'aws apigateway import-rest-api' accepts, with x-amazon-apigateway-*
 * extensions. Keys are written in a fixed order, so the same config always
 * gives the same bytes, and every node is attributed to its GAL source.
 */
public final class OpenApiGenerator {
  static final String ANY_METHOD = "x-amazon-apigateway-any-method";

  /** The integration timeout quota of an account that has not raised it. */
  public static final long DEFAULT_MAX_TIMEOUT_MS = dev.gal.rule.AwsLimits.INTEGRATION_TIMEOUT_MAX_MS;

  private final boolean stageVariables;
  private final long maxTimeoutMs;

  public OpenApiGenerator() {
    this(false, DEFAULT_MAX_TIMEOUT_MS);
  }

  /**
   * @param stageVariables take each HTTP backend's host from a stage variable
   * @param maxTimeoutMs the longest integration timeout the account allows; a route's longer timeout.read is cut to it
   */
  public OpenApiGenerator(boolean stageVariables, long maxTimeoutMs) {
    this.stageVariables = stageVariables;
    this.maxTimeoutMs = maxTimeoutMs;
  }

  public GeneratedDocument generate(GalConfig config) {
    Emitter emit = new Emitter();
    ExportSettings settings = ExportSettings.of(config, maxTimeoutMs);
    JsonPointer root = JsonPointer.root();
    ObjectNode document = Emitter.NODES.objectNode();
    emit.put(document, root, "openapi", openApiVersion(settings), settings.source("openapi_version"));
    writeInfo(document, emit, settings, config);
    writeServers(document, emit, settings);
    SecuritySchemes security = new SecuritySchemes(settings, emit);
    Cors cors = new Cors(settings, emit);
    RequestValidation validation = new RequestValidation(emit);
    writePaths(document, emit, settings, security, cors, validation, config);
    security.write(document, root, config.routes());
    emit.put(document, root, "x-amazon-apigateway-api-key-source", settings.aws().apiKeySource(), settings.source("api_key_source"));
    if (cors.enabled()) {
      cors.writeGatewayResponses(document, root);
    } else {
      emit.record(JsonPointer.of(Cors.GATEWAY_RESPONSES_EXTENSION), settings.source("cors_enabled"));
    }
    validation.writeValidators(document);
    return new GeneratedDocument(document, emit.sourceMap(), Deployment.of(settings, config, stageVariables));
  }

  private static void writeInfo(ObjectNode document, Emitter emit, ExportSettings settings, GalConfig config) {
    JsonPointer at = JsonPointer.of("info");
    ObjectNode info = emit.object(document, JsonPointer.root(), "info", settings.aws().blockPointer());
    emit.put(info, at, "title", settings.text("api_name", "GAL-API"), settings.source("api_name"));
    emit.put(info, at, "description", settings.text("api_description", "API managed by GAL"), settings.source("api_description"));
    emit.put(info, at, "version", config.root().string("version").map(Located::value).orElse("1.0"), JsonPointer.of("version"));
  }

  /** The config's openapi_version when it is an OpenAPI 3.0 version, which AWS imports; otherwise 3.0.1 (AWS-GAL-015 says so). */
  private static String openApiVersion(ExportSettings settings) {
    return settings.aws().string("openapi_version").map(Located::value).filter(v -> v.matches("3\\.0\\.\\d+")).orElse("3.0.1");
  }

  private static void writeServers(ObjectNode document, Emitter emit, ExportSettings settings) {
    Optional<Located<String>> lambda = settings.aws().string("lambda_function_arn").filter(a -> LambdaUris.region(a.value()).isPresent());
    String region = lambda.flatMap(a -> LambdaUris.region(a.value())).orElse("us-east-1");
    lambda.ifPresent(a -> emit.record(JsonPointer.of("servers", 0, "variables", "region"), a.pointer()));
    ArrayNode servers = document.putArray("servers");
    ObjectNode server = servers.addObject();
    server.put("url", "https://{restApiId}.execute-api.{region}.amazonaws.com/{basePath}");
    ObjectNode variables = server.putObject("variables");
    variables.putObject("restApiId").put("default", "restApiId").put("description", "The id API Gateway assigns at import");
    variables.putObject("region").put("default", region);
    variables.putObject("basePath").put("default", settings.text("stage_name", "prod"));
    emit.record(JsonPointer.of("servers", 0, "variables", "basePath"), settings.source("stage_name"));
  }

  private void writePaths(ObjectNode document, Emitter emit, ExportSettings settings, SecuritySchemes security,
      Cors cors, RequestValidation validation, GalConfig config) {
    ObjectNode paths = emit.object(document, JsonPointer.root(), "paths", JsonPointer.of("services"));
    Integrations integrations = new Integrations(settings, emit, stageVariables);
    Map<String, ObjectNode> parametersByPath = new LinkedHashMap<>();
    for (GalRoute route : config.routes()) {
      if (route.path().isEmpty()) {
        continue;
      }
      Located<String> path = route.path().get();
      JsonPointer pathAt = JsonPointer.of("paths", path.value());
      ObjectNode pathItem = emit.object(paths, JsonPointer.of("paths"), path.value(), path.pointer());
      List<String> variables = variables(path.value());
      ObjectNode parameters = parametersByPath.computeIfAbsent(path.value(), p -> parameters(variables));
      for (Located<String> method : methodsOf(route)) {
        String key = method.value().equals(GalRoute.ANY) ? ANY_METHOD : method.value().toLowerCase(Locale.ROOT);
        pathItem.remove(key);
        ObjectNode operation = emit.object(pathItem, pathAt, key, method.pointer());
        JsonPointer operationAt = pathAt.append(key);
        if (!variables.isEmpty()) {
          operation.set("parameters", parameters.get("parameters").deepCopy());
        }
        security.writeRequirement(operation, operationAt, route);
        validation.apply(operation, operationAt, route.service(), method.value(), document);
        operation.putObject("responses").putObject("200").put("description", "Response from the backend");
        integrations.write(operation, operationAt, route, method.value().equals(GalRoute.ANY) ? "ANY" : method.value(), variables);
        MappedResponseHeaders.declare(operation);
      }
    }
    if (cors.enabled()) {
      List<String> names = new ArrayList<>();
      paths.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        ObjectNode pathItem = (ObjectNode) paths.get(name);
        if (!pathItem.has("options")) {
          ObjectNode parameters = variables(name).isEmpty() ? null : parametersByPath.get(name);
          cors.writeOptions(pathItem, JsonPointer.of("paths", name), parameters);
        }
      }
    }
  }

  /** The route's methods; a route without methods stands for all of them, exported as ANY. */
  static List<Located<String>> methodsOf(GalRoute route) {
    if (route.declaresMethods() && !route.methods().isEmpty()) {
      return route.methods();
    }
    JsonPointer at = route.path().map(Located::pointer).orElse(route.node().pointer());
    return List.of(new Located<>(GalRoute.ANY, at));
  }

  static List<String> variables(String path) {
    return PathTemplate.parse(path).segments().stream().filter(PathTemplate::isVariable).map(PathTemplate::variableName).toList();
  }

  private static ObjectNode parameters(List<String> variables) {
    ObjectNode holder = Emitter.NODES.objectNode();
    ArrayNode list = holder.putArray("parameters");
    for (String name : variables) {
      ObjectNode parameter = list.addObject();
      parameter.put("name", name);
      parameter.put("in", "path");
      parameter.put("required", true);
      parameter.putObject("schema").put("type", "string");
    }
    return holder;
  }
}
