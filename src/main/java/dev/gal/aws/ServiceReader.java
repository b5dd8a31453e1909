package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Placeholders;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the operations into services by backend (scheme, host and port for
 * HTTP; one service for Lambda or MOCK) and into routes by path, in the order
 * the document lists them, so that exporting the result writes that order again.
 */
final class ServiceReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ImportContext context;
  private final String type;
  private final String nameOverride;
  private final Map<String, Service> services = new LinkedHashMap<>();
  private final Map<BackendPath, List<String>> backendPaths = new LinkedHashMap<>();

  /** A backend uri whose path is not the route's: where it is written, the path it calls, and the route path. */
  private record BackendPath(JsonPointer at, String called, String route) {}

  ServiceReader(ImportContext context, String type, String nameOverride) {
    this.context = context;
    this.type = type;
    this.nameOverride = nameOverride;
  }

  private static final class Service {
    final String baseName;
    final String protocol;
    final String host;
    final long port;
    List<String> requiredFields;
    String modelName;
    final Map<String, Route> routes = new LinkedHashMap<>();

    Service(String baseName, String protocol, String host, long port) {
      this.baseName = baseName;
      this.protocol = protocol;
      this.host = host;
      this.port = port;
    }
  }

  /**
   * One route: operations of a path that share everything a GAL route holds.
   * timeoutMs is the operations' own integration timeout, made the route's
   * timeout.read when it differs from the API's.
   */
  private record Route(String path, boolean open, boolean any, List<String> methods, String timeoutMs,
      Map<String, String> requestHeaders, Map<String, String> responseHeaders) {}

  /** Reads the operations the import keeps into services and routes; {@link #write} writes them once the API's timeout is known. */
  void read(List<OpenApiDocument.Operation> operations) {
    boolean anyRequirement = operations.stream().anyMatch(o -> !context.excluded(o) && !context.requirement(o).isEmpty());
    for (OpenApiDocument.Operation operation : operations) {
      if (context.excluded(operation)) {
        continue;
      }
      Optional<Service> service = serviceOf(operation);
      if (service.isEmpty()) {
        continue;
      }
      readValidation(operation, service.get());
      boolean any = operation.method().equals(OpenApiDocument.ANY_METHOD);
      boolean open = anyRequirement && context.requirement(operation).isEmpty();
      String method = any ? "ANY" : operation.method().toUpperCase(Locale.ROOT);
      Node integration = operation.integration().orElseThrow();
      String timeout = TimeoutReader.isMock(operation) ? null : TimeoutReader.timeout(operation);
      Map<String, String> request = type.equals("HTTP_PROXY") ? StaticHeaders.request(integration.value()) : Map.of();
      Map<String, String> response = type.equals("MOCK") ? StaticHeaders.response(integration.value()) : Map.of();
      Route route = service.get().routes.computeIfAbsent(String.join("|", operation.path(), "" + open, "" + any, "" + timeout,
          request.toString(), response.toString()), k -> new Route(operation.path(), open, any, new ArrayList<>(), timeout, request, response));
      route.methods().add(method);
    }
    reportBackendPaths();
  }

  private Optional<Service> serviceOf(OpenApiDocument.Operation operation) {
    if (!type.equals("HTTP_PROXY")) {
      String name = type.equals("MOCK") ? "mock" : lambdaName(operation);
      return Optional.of(services.computeIfAbsent(type, k -> new Service(name, "https", name + ".invalid", 443)));
    }
    Node integration = operation.integration().orElseThrow();
    String text = integration.value().path("uri").asText("");
    Optional<HttpUris.Parsed> parsed = HttpUris.parse(text);
    if (parsed.isEmpty()) {
      context.exclude(operation, ("has the backend uri \"%s\", which GAL cannot hold as protocol, host and port "
          + "(http:// or https://, a host name, a port number)").formatted(text));
      return Optional.empty();
    }
    HttpUris.Parsed backend = parsed.get();
    String expectedPath = operation.path().replace("+}", "}");
    if (!backend.path().equals(expectedPath)) {
      backendPaths.computeIfAbsent(new BackendPath(integration.pointer().append("uri"), backend.path(), expectedPath),
          k -> new ArrayList<>()).add(operation.label());
    }
    if (!backend.query().isEmpty()) {
      context.drop(integration.pointer().append("uri"), "the query string %s of the backend uri of %s".formatted(backend.query(), operation.label()));
    }
    String key = backend.scheme() + "://" + backend.host() + ":" + backend.port();
    return Optional.of(services.computeIfAbsent(key, k -> new Service(HttpUris.serviceName(backend.host()), backend.scheme(),
        backend.host(), backend.port())));
  }

  /** One finding per uri whose path differs from the route path: the imported route calls its own path on the backend. */
  private void reportBackendPaths() {
    backendPaths.forEach((path, labels) -> context.change(path.at(), ("%s %s the backend path %s, but GAL calls the upstream "
        + "at the route's own path, so the imported route calls %s; serve that path on the backend, or keep %s out of GAL")
        .formatted(ImportContext.labels(labels), labels.size() == 1 ? "calls" : "call", path.called(), path.route(),
            labels.size() == 1 ? "this method" : "these methods")));
  }

  /** transformation.validation.required_fields from a body-only validated request model. */
  private void readValidation(OpenApiDocument.Operation operation, Service service) {
    if (!RequestValidation.VALIDATOR.equals(operation.node().value().path("x-amazon-apigateway-request-validator").asText())) {
      return;
    }
    String ref = operation.node().value().at("/requestBody/content/application~1json/schema/$ref").asText("");
    // Only a local pointer (#/...) names a model here; "#name" or a file ref does not, and Jackson refuses to compile it.
    JsonNode model = context.document().root().value().at(ref.startsWith("#/") ? ref.substring(1) : "/none");
    if (model.isMissingNode()) {
      return;
    }
    List<String> fields = new ArrayList<>();
    model.path("required").forEach(f -> fields.add(f.asText()));
    service.requiredFields = fields;
    service.modelName = ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** The services, each route with a timeout.read where its timeout differs from the API's {@code apiTimeoutMs}. */
  ArrayNode write(String apiTimeoutMs) {
    ArrayNode array = NODES.arrayNode();
    Set<String> names = new HashSet<>();
    int index = 0;
    for (Service service : services.values()) {
      index++;
      String name = unique(nameFor(service, index), names);
      ObjectNode node = array.addObject();
      node.put("name", name);
      node.put("type", "rest");
      node.put("protocol", service.protocol);
      ObjectNode upstream = node.putObject("upstream");
      upstream.put("host", service.host);
      upstream.put("port", service.port);
      if (service.requiredFields != null) {
        node.putObject("transformation").putObject("validation").set("required_fields", OpenApiImporter.strings(service.requiredFields));
      }
      ArrayNode routes = node.putArray("routes");
      for (Route route : service.routes.values()) {
        ObjectNode r = routes.addObject();
        r.put("path_prefix", route.path());
        if (!route.any()) {
          r.set("methods", OpenApiImporter.strings(route.methods()));
        }
        if (route.open()) {
          r.putObject("authentication").put("enabled", false);
        }
        writeHeaders(r, route);
        if (route.timeoutMs() != null && !route.timeoutMs().equals(apiTimeoutMs)) {
          r.putObject("timeout").put("read", duration(Long.parseLong(route.timeoutMs())));
        }
      }
    }
    return array;
  }

  private static void writeHeaders(ObjectNode route, Route read) {
    if (read.requestHeaders().isEmpty() && read.responseHeaders().isEmpty()) {
      return;
    }
    ObjectNode headers = route.putObject("headers");
    if (!read.requestHeaders().isEmpty()) {
      ObjectNode set = headers.putObject("request_set");
      read.requestHeaders().forEach(set::put);
    }
    if (!read.responseHeaders().isEmpty()) {
      ObjectNode set = headers.putObject("response_set");
      read.responseHeaders().forEach(set::put);
    }
  }

  /** A GAL duration: whole seconds as "5s", anything else in milliseconds. */
  private static String duration(long ms) {
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }

  private String nameFor(Service service, int index) {
    if (nameOverride != null) {
      return index == 1 ? nameOverride : nameOverride + "-" + index;
    }
    // gal export --stage-variables names the variable after the service: SERVICE_upstream.
    if (HttpUris.isUpstreamVariable(service.host)) {
      return service.baseName;
    }
    if (service.modelName != null && service.modelName.endsWith("Request") && service.modelName.length() > "Request".length()) {
      String base = service.modelName.substring(0, service.modelName.length() - "Request".length());
      return Character.toLowerCase(base.charAt(0)) + base.substring(1);
    }
    return service.baseName;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name + "-" + i;
    }
    return candidate;
  }

  /** The function name of the uri, or lambda; a placeholder gives the name inside it (${stageVariables.fn}: fn). */
  private static String lambdaName(OpenApiDocument.Operation operation) {
    String uri = operation.integration().map(i -> i.value().path("uri").asText("")).orElse("");
    int at = uri.indexOf(":function:");
    if (at < 0) {
      return "lambda";
    }
    String rest = uri.substring(at + ":function:".length());
    String name = Placeholders.split(rest, ':', 2)[0];
    name = name.endsWith("/invocations") ? name.substring(0, name.length() - "/invocations".length()) : name;
    return HttpUris.label(name).orElse("lambda");
  }
}
