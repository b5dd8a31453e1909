package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.Durations;
import dev.gal.model.GalRoute;
import dev.gal.model.GalService;
import dev.gal.model.JsonPointer;
import dev.gal.model.Located;
import dev.gal.model.Node;
import java.util.List;
import java.util.Optional;

/** x-amazon-apigateway-integration for one operation, by integration type. */
final class Integrations {
  static final String EXTENSION = "x-amazon-apigateway-integration";
  /** The shortest integration timeout API Gateway allows. */
  static final long MIN_TIMEOUT_MS = 50;

  private final ExportSettings settings;
  private final Emitter emit;
  private final boolean stageVariables;

  Integrations(ExportSettings settings, Emitter emit, boolean stageVariables) {
    this.settings = settings;
    this.emit = emit;
    this.stageVariables = stageVariables;
  }

  void write(ObjectNode operation, JsonPointer at, GalRoute route, String method, List<String> pathVariables) {
    String type = settings.aws().integrationType();
    ObjectNode integration = emit.object(operation, at, EXTENSION, settings.source("integration_type"));
    JsonPointer integrationAt = at.append(EXTENSION);
    switch (type) {
      case "AWS_PROXY" -> lambdaProxy(integration, integrationAt, route);
      case "MOCK" -> mock(integration, integrationAt, route);
      default -> httpProxy(integration, integrationAt, route, method, pathVariables);
    }
  }

  private void httpProxy(ObjectNode integration, JsonPointer at, GalRoute route, String method, List<String> pathVariables) {
    integration.put("type", "http_proxy");
    integration.put("httpMethod", method);
    GalService service = route.service();
    JsonPointer hostSource = service.upstream().flatMap(u -> u.member("host")).map(Node::pointer).orElse(service.node().pointer());
    emit.put(integration, at, "uri", stageVariables ? stageVariableUri(service, route) : backendUri(service, route), hostSource);
    JsonPointer uriAt = at.append("uri");
    service.protocol().ifPresent(p -> emit.alsoFrom(uriAt, p.pointer()));
    service.upstream().flatMap(u -> u.member("port")).ifPresent(p -> emit.alsoFrom(uriAt, p.pointer()));
    route.path().ifPresent(p -> emit.alsoFrom(uriAt, p.pointer()));
    List<GalRoute.StaticHeader> headers = route.staticHeaders("request");
    if (!pathVariables.isEmpty() || !headers.isEmpty()) {
      ObjectNode parameters = emit.object(integration, at, "requestParameters", route.path().map(Located::pointer).orElse(null));
      JsonPointer parametersAt = at.append("requestParameters");
      for (String name : pathVariables) {
        parameters.put("integration.request.path." + name, "method.request.path." + name);
      }
      for (GalRoute.StaticHeader header : headers) {
        emit.put(parameters, parametersAt, "integration.request.header." + header.name(), quoted(header.value()), header.pointer());
      }
    }
    integration.put("passthroughBehavior", "when_no_match");
    timeout(integration, at, route);
    integration.put("connectionType", "INTERNET");
  }

  private void lambdaProxy(ObjectNode integration, JsonPointer at, GalRoute route) {
    integration.put("type", "aws_proxy");
    integration.put("httpMethod", "POST");
    Optional<Located<String>> arn = settings.aws().string("lambda_function_arn");
    arn.flatMap(a -> LambdaUris.invocation(a.value()))
        .ifPresent(uri -> emit.put(integration, at, "uri", uri, arn.get().pointer()));
    settings.aws().string("lambda_invoke_role_arn").filter(r -> !r.value().isEmpty())
        .ifPresent(role -> emit.put(integration, at, "credentials", role.value(), role.pointer()));
    integration.put("passthroughBehavior", "when_no_match");
    timeout(integration, at, route);
  }

  /**
   * A MOCK answers 200 itself. Its response carries the route's static
   * response headers and, with CORS on, the allowed origin.
   */
  private void mock(ObjectNode integration, JsonPointer at, GalRoute route) {
    integration.put("type", "mock");
    integration.putObject("requestTemplates").put("application/json", "{\"statusCode\": 200}");
    ObjectNode response = integration.putObject("responses").putObject("default");
    response.put("statusCode", "200");
    JsonPointer responseAt = at.append("responses").append("default");
    List<GalRoute.StaticHeader> headers = route.staticHeaders("response");
    if (settings.aws().corsEnabled() || !headers.isEmpty()) {
      ObjectNode parameters = response.putObject("responseParameters");
      JsonPointer parametersAt = responseAt.append("responseParameters");
      if (settings.aws().corsEnabled()) {
        parameters.put("method.response.header.Access-Control-Allow-Origin", quoted(settings.corsOrigin()));
      }
      for (GalRoute.StaticHeader header : headers) {
        emit.put(parameters, parametersAt, "method.response.header." + header.name(), quoted(header.value()), header.pointer());
      }
    }
    integration.put("passthroughBehavior", "when_no_match");
  }

  /** The route's timeout.read when it has one, bounded to what API Gateway allows; else integration_timeout_ms. */
  private void timeout(ObjectNode integration, JsonPointer at, GalRoute route) {
    Optional<Located<String>> read = route.readTimeout().filter(r -> Durations.millis(r.value()).isPresent());
    if (read.isPresent()) {
      long ms = Math.max(MIN_TIMEOUT_MS, Math.min(settings.maxTimeoutMs(), Durations.millis(read.get().value()).get()));
      emit.put(integration, at, "timeoutInMillis", Emitter.NODES.numberNode(ms), read.get().pointer());
      return;
    }
    emit.put(integration, at, "timeoutInMillis", Emitter.NODES.numberNode(settings.timeoutMs()), settings.source("integration_timeout_ms"));
  }

  /** Mapping values are expressions: the guide encloses a static value in single quotes. */
  static String quoted(String literal) {
    return "'" + literal + "'";
  }

  /**
   * protocol://${stageVariables.SERVICE_upstream}/path: the stage supplies
   * host[:port], so one document serves stages with different backends.
   */
  static String stageVariableUri(GalService service, GalRoute route) {
    String protocol = service.protocol().map(Located::value).filter(p -> p.equals("http")).orElse("https");
    return protocol + "://${stageVariables." + service.stageVariableName() + "}" + routePath(route);
  }

  private static String routePath(GalRoute route) {
    return route.path().map(Located::value).orElse("/").replace("+}", "}");
  }

  /** protocol://host[:port]/path, with a greedy {name+} written {name} as API Gateway expects. */
  static String backendUri(GalService service, GalRoute route) {
    String protocol = service.protocol().map(Located::value).filter(p -> p.equals("http")).orElse("https");
    Optional<Node> upstream = service.upstream();
    String host = upstream.flatMap(u -> u.string("host")).map(Located::value).orElse("backend.invalid");
    long port = upstream.flatMap(u -> u.integer("port")).map(Located::value).orElse(protocol.equals("http") ? 80L : 443L);
    boolean defaultPort = (protocol.equals("https") && port == 443) || (protocol.equals("http") && port == 80);
    return protocol + "://" + host + (defaultPort ? "" : ":" + port) + routePath(route);
  }
}
