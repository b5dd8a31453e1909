package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.model.JsonPointer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a GAL config into an AWS CloudFormation template: the REST API with
 * the OpenAPI document of {@link OpenApiGenerator} as its Body, and what that
 * document cannot carry (the endpoint type, the deployment and its stage
 * with method throttling, the Lambda permissions that let API Gateway invoke
 * the integration's and the authorizer's functions, and the usage plan and
 * API key that keyed methods need). Keys are written in a fixed order, and
 * every property is attributed to its GAL source; the Body's entries are
 * those of the OpenAPI export, under the Body's pointer.
 */
public final class CloudFormationGenerator {
  public static final String REST_API = "RestApi";
  public static final String STAGE = "Stage";
  static final String LAMBDA_PERMISSION = "LambdaInvokePermission";
  static final String AUTHORIZER_PERMISSION = "AuthorizerInvokePermission";
  static final JsonPointer BODY = JsonPointer.of("Resources", REST_API, "Properties", "Body");

  /** The scope of a permission: execute-api ARNs of the API's methods (stage/method/path) or of its authorizers. */
  private static final String API_ARN = "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${" + REST_API + "}";
  private static final String METHODS = API_ARN + "/*/*/*";
  private static final String AUTHORIZERS = API_ARN + "/authorizers/*";
  private static final String WHOLE_API = API_ARN + "/*";

  private final boolean stageVariables;
  private final long maxTimeoutMs;

  public CloudFormationGenerator(boolean stageVariables, long maxTimeoutMs) {
    this.stageVariables = stageVariables;
    this.maxTimeoutMs = maxTimeoutMs;
  }

  /** The template, its source map, and the stack deployment command as its deployment. */
  public GeneratedDocument generate(GalConfig config) {
    GeneratedDocument body = new OpenApiGenerator(stageVariables, maxTimeoutMs).generate(config);
    ExportSettings settings = ExportSettings.of(config, maxTimeoutMs);
    Emitter emit = new Emitter();
    JsonPointer root = JsonPointer.root();
    ObjectNode template = Emitter.NODES.objectNode();
    template.put("AWSTemplateFormatVersion", "2010-09-09");
    String name = settings.text("api_name", "GAL-API");
    emit.put(template, root, "Description", "API Gateway REST API " + name + ", written by gal export", settings.source("api_name"));
    ObjectNode resources = template.putObject("Resources");
    JsonPointer resourcesAt = JsonPointer.of("Resources");
    restApi(resources, resourcesAt, emit, settings, body);
    String deploymentId = "Deployment" + digest(body.document());
    ObjectNode deployment = resource(resources, deploymentId, "AWS::ApiGateway::Deployment");
    deployment.putObject("Properties").set("RestApiId", ref(REST_API));
    emit.record(resourcesAt.append(deploymentId), settings.source("stage_name"));
    stage(resources, resourcesAt, emit, settings, body.deployment(), deploymentId);
    methodSettings((ObjectNode) resources.path(STAGE).path("Properties"), resourcesAt.append(STAGE).append("Properties"), emit, config);
    permissions(resources, resourcesAt, emit, body);
    outputs(template, emit, settings);
    UsagePlanResources.write(template, emit, config, settings);
    emit.sourceMap().include(BODY, body.sourceMap());
    return new GeneratedDocument(template, emit.sourceMap(), Deployment.stack(stackName(name), settings.source("api_name")));
  }

  private static void restApi(ObjectNode resources, JsonPointer resourcesAt, Emitter emit, ExportSettings settings,
      GeneratedDocument body) {
    ObjectNode api = resource(resources, REST_API, "AWS::ApiGateway::RestApi");
    emit.record(resourcesAt.append(REST_API), settings.aws().blockPointer());
    JsonPointer at = resourcesAt.append(REST_API).append("Properties");
    ObjectNode properties = api.putObject("Properties");
    emit.put(properties, at, "Name", settings.text("api_name", "GAL-API"), settings.source("api_name"));
    emit.put(properties, at, "Description", settings.text("api_description", "API managed by GAL"), settings.source("api_description"));
    ObjectNode endpoint = emit.object(properties, at, "EndpointConfiguration", settings.source("endpoint_type"));
    endpoint.set("Types", emit.array(List.of(settings.aws().endpointType())));
    emit.put(properties, at, "ApiKeySourceType", settings.aws().apiKeySource(), settings.source("api_key_source"));
    emit.put(properties, at, "Body", body.document(), JsonPointer.root());
  }

  /** The stage, from the same parameters the openapi target prints for create-deployment. */
  private static void stage(ObjectNode resources, JsonPointer resourcesAt, Emitter emit, ExportSettings settings,
      Deployment deployment, String deploymentId) {
    ObjectNode stage = resource(resources, STAGE, "AWS::ApiGateway::Stage");
    JsonPointer at = resourcesAt.append(STAGE).append("Properties");
    emit.record(resourcesAt.append(STAGE), settings.source("stage_name"));
    ObjectNode properties = stage.putObject("Properties");
    for (Deployment.Parameter parameter : deployment.parameters()) {
      switch (parameter.option()) {
        case "--stage-name" -> emit.put(properties, at, "StageName", parameter.value(), parameter.source());
        case "--stage-description" -> emit.put(properties, at, "Description", parameter.value(), parameter.source());
        default -> {
          // the endpoint type is a property of the REST API; stage variables follow
        }
      }
    }
    properties.set("RestApiId", ref(REST_API));
    properties.set("DeploymentId", ref(deploymentId));
    ObjectNode variables = null;
    for (Deployment.Parameter parameter : deployment.parameters()) {
      if (parameter.option().equals("--variables")) {
        if (variables == null) {
          variables = emit.object(properties, at, "Variables", JsonPointer.of("services"));
        }
        int equals = parameter.value().indexOf('=');
        emit.put(variables, at.append("Variables"), parameter.value().substring(0, equals),
            parameter.value().substring(equals + 1), parameter.source());
      }
    }
  }

  /**
   * Stage method throttling from each route's rate_limit: requests_per_second
   * and burst for every method of the route's path (ANY for a route without
   * methods, as the Body has it). Stage throttling counts
   * every client together, so a key_type (per IP, header or claim) is not
   * carried; AWS-GAL-009 still reports the rate_limit.
   */
  private static void methodSettings(ObjectNode properties, JsonPointer at, Emitter emit, GalConfig config) {
    Map<String, ObjectNode> settings = new LinkedHashMap<>();
    Map<String, Node> sources = new LinkedHashMap<>();
    for (GalRoute route : config.routes()) {
      Optional<Node> limit = route.node().object("rate_limit").filter(b -> route.node().enabledBlock("rate_limit"));
      if (limit.isEmpty() || route.path().isEmpty()) {
        continue;
      }
      JsonNode rate = limit.get().value().path("requests_per_second");
      JsonNode burst = limit.get().value().path("burst");
      for (Located<String> method : OpenApiGenerator.methodsOf(route)) {
        String httpMethod = method.value().toUpperCase(Locale.ROOT);
        String path = resourcePath(route.path().get().value());
        ObjectNode setting = Emitter.NODES.objectNode();
        setting.put("ResourcePath", path);
        setting.put("HttpMethod", httpMethod);
        setting.set("ThrottlingRateLimit", rate.isNumber() ? rate : Emitter.NODES.numberNode(DEFAULT_RATE));
        if (burst.isIntegralNumber()) {
          setting.put("ThrottlingBurstLimit", burst.asInt());
        }
        settings.remove(path + " " + httpMethod);
        settings.put(path + " " + httpMethod, setting);
        sources.put(path + " " + httpMethod, limit.get());
      }
    }
    if (settings.isEmpty()) {
      return;
    }
    ArrayNode list = Emitter.NODES.arrayNode();
    emit.put(properties, at, "MethodSettings", list, JsonPointer.of("services"));
    for (Map.Entry<String, ObjectNode> setting : settings.entrySet()) {
      JsonPointer settingAt = at.append("MethodSettings").append(list.size());
      Node limit = sources.get(setting.getKey());
      emit.record(settingAt, limit.pointer());
      // each limit from its own key, so that --explain names requests_per_second and burst (the block for GAL's default rate)
      emit.record(settingAt.append("ThrottlingRateLimit"), limit.member("requests_per_second").map(Node::pointer).orElse(limit.pointer()));
      limit.member("burst").filter(b -> setting.getValue().has("ThrottlingBurstLimit"))
          .ifPresent(b -> emit.record(settingAt.append("ThrottlingBurstLimit"), b.pointer()));
      list.add(setting.getValue());
    }
  }

  /** GAL's default requests_per_second. */
  private static final int DEFAULT_RATE = 100;

  /** A resource path as the Stage's MethodSettings write it: each slash as ~1, the root as a single slash. */
  static String resourcePath(String path) {
    return path.equals("/") ? "/" : "/" + path.replace("~", "~0").replace("/", "~1");
  }

  /** A use of a Lambda function by the API: its ARN, whether an integration or the authorizer calls it, and its GAL source. */
  private record LambdaUse(String function, boolean integration, boolean authorizer, JsonPointer source) {
    LambdaUse with(boolean byIntegration, boolean byAuthorizer) {
      return new LambdaUse(function, integration || byIntegration, authorizer || byAuthorizer, source);
    }
  }

  /**
   * One Lambda permission per function that API Gateway calls with its own
   * rights: an aws_proxy integration without credentials (an invoke role
   * carries the right itself), or the token authorizer. The functions are
   * read from the Body, so the template grants exactly what it calls.
   */
  private static void permissions(ObjectNode resources, JsonPointer resourcesAt, Emitter emit, GeneratedDocument body) {
    Map<String, LambdaUse> uses = new LinkedHashMap<>();
    JsonNode paths = body.document().path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> operation = ops.next();
        JsonNode integration = operation.getValue().path(Integrations.EXTENSION);
        if (integration.path("type").asText().equals("aws_proxy") && !integration.has("credentials")) {
          JsonPointer uriAt = JsonPointer.of("paths", path.getKey(), operation.getKey(), Integrations.EXTENSION, "uri");
          use(uses, integration.path("uri").asText(), true, body.sourceMap().sourceOf(uriAt));
        }
      }
    }
    JsonNode schemes = body.document().path("components").path("securitySchemes");
    for (Iterator<Map.Entry<String, JsonNode>> it = schemes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> scheme = it.next();
      JsonNode authorizer = scheme.getValue().path("x-amazon-apigateway-authorizer");
      if (authorizer.has("authorizerUri") && !authorizer.has("authorizerCredentials")) {
        JsonPointer authorizerAt = JsonPointer.of("components", "securitySchemes", scheme.getKey(), "x-amazon-apigateway-authorizer");
        use(uses, authorizer.path("authorizerUri").asText(), false, body.sourceMap().sourceOf(authorizerAt));
      }
    }
    for (LambdaUse use : uses.values()) {
      String id = use.integration() ? LAMBDA_PERMISSION : AUTHORIZER_PERMISSION;
      ObjectNode permission = resource(resources, id, "AWS::Lambda::Permission");
      JsonPointer at = resourcesAt.append(id);
      emit.record(at, use.source());
      ObjectNode properties = permission.putObject("Properties");
      properties.put("Action", "lambda:InvokeFunction");
      emit.put(properties, at.append("Properties"), "FunctionName", use.function(), use.source());
      properties.put("Principal", "apigateway.amazonaws.com");
      String scope = use.integration() && use.authorizer() ? WHOLE_API : use.integration() ? METHODS : AUTHORIZERS;
      properties.set("SourceArn", sub(scope));
    }
  }

  /**
   * A function whose ARN is known when the template is written; one behind a
   * stage variable or another placeholder gets no permission, as the export
   * cannot name it.
   */
  private static void use(Map<String, LambdaUse> uses, String uri, boolean integration, Optional<JsonPointer> source) {
    Optional<String> function = LambdaUris.function(uri).filter(f -> f.indexOf('{') < 0);
    if (function.isEmpty()) {
      return;
    }
    uses.merge(function.get(), new LambdaUse(function.get(), integration, !integration, source.orElse(JsonPointer.root())),
        (old, added) -> old.with(added.integration(), added.authorizer()));
  }

  private static void outputs(ObjectNode template, Emitter emit, ExportSettings settings) {
    ObjectNode outputs = template.putObject("Outputs");
    JsonPointer at = JsonPointer.of("Outputs");
    ObjectNode id = emit.object(outputs, at, "RestApiId", settings.source("api_name"));
    id.put("Description", "The id API Gateway assigned to the REST API");
    id.set("Value", ref(REST_API));
    ObjectNode url = emit.object(outputs, at, "InvokeUrl", settings.source("stage_name"));
    url.put("Description", "The URL of the API's stage");
    url.set("Value", sub("https://${" + REST_API + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${" + STAGE + "}"));
  }

  static ObjectNode resource(ObjectNode resources, String id, String type) {
    ObjectNode resource = resources.putObject(id);
    resource.put("Type", type);
    return resource;
  }

  static ObjectNode ref(String logicalId) {
    return Emitter.NODES.objectNode().put("Ref", logicalId);
  }

  private static ObjectNode sub(String text) {
    return Emitter.NODES.objectNode().put("Fn::Sub", text);
  }

  /**
   * The deployment's logical id carries a digest of the Body, so that a stack
   * update with a changed API makes a new deployment: CloudFormation does not
   * redeploy an unchanged Deployment resource.
   */
  static String digest(JsonNode body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A stack name from the API name: letters, digits and hyphens, starting with a letter, at most 128 characters. */
  static String stackName(String apiName) {
    String name = apiName.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "gal-" + name;
    }
    name = name.replaceAll("-+$", "");
    return name.length() > 128 ? name.substring(0, 128) : name;
  }
}
