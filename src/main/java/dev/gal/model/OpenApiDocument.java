package dev.gal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A typed view of an OpenAPI 3.x or Swagger 2.0 document with API Gateway
 * extensions: its operations, their integrations and its security schemes.
 */
public final class OpenApiDocument {
  public static final String INTEGRATION = "x-amazon-apigateway-integration";
  public static final String ANY_METHOD = "x-amazon-apigateway-any-method";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace", ANY_METHOD);

  /** Which API Gateway product the document is for: their rules and limits differ. */
  public enum ApiKind {
    REST,
    HTTP
  }

  /**
   * One operation: its path, method key, node, the path item it belongs to, its
   * document, and its integration, following a local $ref such as
   * #/components/x-amazon-apigateway-integrations/name, with the integration's
   * type in lower case ("" without one), its label for messages, such as
   * GET /pets, and the parameter entries of the path item, then of the
   * operation, as written (a $ref stays a $ref). They are computed once here,
   * since a dozen rules ask for them on every operation.
   */
  public record Operation(String path, String method, Node node, Node pathItem, OpenApiDocument document,
      Optional<Node> integration, String integrationType, String label, List<Node> parameters) {
    /** {@code pathParameters} are the path item's, which its operations share. */
    Operation(String path, String method, Node node, Node pathItem, List<Node> pathParameters, OpenApiDocument document) {
      this(path, method, node, pathItem, document,
          node.object(INTEGRATION).map(document::resolve).filter(n -> n.value().isObject()), pathParameters);
    }

    private Operation(String path, String method, Node node, Node pathItem, OpenApiDocument document,
        Optional<Node> integration, List<Node> pathParameters) {
      this(path, method, node, pathItem, document, integration,
          integration.map(i -> i.value().path("type").asText("").toLowerCase(Locale.ROOT)).orElse(""),
          (method.equals(ANY_METHOD) ? "ANY" : method.toUpperCase(Locale.ROOT)) + " " + path,
          withOwn(pathParameters, node));
    }

    private static List<Node> withOwn(List<Node> pathParameters, Node operation) {
      List<Node> own = operation.items("parameters");
      if (own.isEmpty()) {
        return pathParameters;
      }
      List<Node> all = new ArrayList<>(pathParameters);
      all.addAll(own);
      return List.copyOf(all);
    }

    /** The names of the path parameters declared on the operation or its path item. */
    public Set<String> declaredPathParameters(OpenApiDocument document) {
      Set<String> names = new java.util.TreeSet<>();
      for (Node parameter : parameters()) {
        Node resolved = document.resolve(parameter);
        if ("path".equals(resolved.value().path("in").asText())) {
          names.add(resolved.value().path("name").asText());
        }
      }
      return names;
    }
  }

  private final Document document;
  private List<Operation> operations;
  private ApiKind kind;
  private List<Node> securitySchemes;
  private final Map<Derived<?>, Object> derived = new IdentityHashMap<>();

  public OpenApiDocument(Document document) {
    this.document = document;
  }

  public Document document() {
    return document;
  }

  public Node root() {
    return new Node(document.root(), JsonPointer.root());
  }

  public boolean isSwagger2() {
    return document.root().has("swagger");
  }

  /** HTTP APIs use payloadFormatVersion, x-amazon-apigateway-cors or JWT authorizers. Computed once. */
  public synchronized ApiKind kind() {
    if (kind == null) {
      kind = detectKind();
    }
    return kind;
  }

  private ApiKind detectKind() {
    if (document.root().has("x-amazon-apigateway-cors")) {
      return ApiKind.HTTP;
    }
    for (Operation operation : operations()) {
      if (operation.integration().map(i -> i.has("payloadFormatVersion")).orElse(false)) {
        return ApiKind.HTTP;
      }
    }
    for (Node scheme : securitySchemes()) {
      if (scheme.object("x-amazon-apigateway-authorizer").map(a -> "jwt".equalsIgnoreCase(a.value().path("type").asText()))
          .orElse(false)) {
        return ApiKind.HTTP;
      }
    }
    return ApiKind.REST;
  }

  /** Every operation in document order; computed once, since every OpenAPI rule walks them. */
  public synchronized List<Operation> operations() {
    if (operations == null) {
      operations = List.copyOf(findOperations());
    }
    return operations;
  }

  private List<Operation> findOperations() {
    List<Operation> operations = new ArrayList<>();
    root().object("paths").ifPresent(paths -> {
      Iterator<String> names = paths.value().fieldNames();
      while (names.hasNext()) {
        String path = names.next();
        paths.object(path).ifPresent(item -> {
          List<Node> pathParameters = List.copyOf(item.items("parameters"));
          Iterator<String> keys = item.value().fieldNames();
          while (keys.hasNext()) {
            String key = keys.next();
            if (METHODS.contains(key.toLowerCase(Locale.ROOT))) {
              item.object(key).ifPresent(op -> operations.add(new Operation(path, key, op, item, pathParameters, this)));
            }
          }
        });
      }
    });
    return operations;
  }

  /** The value of {@code key} for this document, computed on first use; a value may derive from another. */
  @SuppressWarnings("unchecked")
  public synchronized <T> T derived(Derived<T> key) {
    // Not computeIfAbsent: a computation that asks for another derived value would modify the map it runs in.
    T value = (T) derived.get(key);
    if (value == null) {
      value = key.compute(this);
      derived.put(key, value);
    }
    return value;
  }

  /** components.securitySchemes (3.x) or securityDefinitions (2.0), each a named node. */
  public synchronized List<Node> securitySchemes() {
    if (securitySchemes == null) {
      securitySchemes = List.copyOf(findSecuritySchemes());
    }
    return securitySchemes;
  }

  private List<Node> findSecuritySchemes() {
    Optional<Node> holder = isSwagger2() ? root().object("securityDefinitions")
        : root().object("components").flatMap(c -> c.object("securitySchemes"));
    List<Node> schemes = new ArrayList<>();
    holder.ifPresent(h -> h.value().fieldNames().forEachRemaining(name -> h.object(name).ifPresent(schemes::add)));
    return schemes;
  }

  /** Follows a local $ref (#/...) once; other nodes, and refs that do not resolve, come back unchanged. */
  public Node resolve(Node node) {
    JsonNode ref = node.value().get("$ref");
    if (ref == null || !ref.isTextual() || !ref.textValue().startsWith("#/")) {
      return node;
    }
    JsonPointer target = JsonPointer.parse(ref.textValue().substring(1));
    JsonNode found = document.root().at(target.toString());
    return found.isMissingNode() ? node : new Node(found, target);
  }
}
