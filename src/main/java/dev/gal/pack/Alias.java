package dev.gal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Derived;
import dev.gal.model.JsonPointer;
import dev.gal.model.OpenApiDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named starting points of a selector, written #Name at its start, after
 * Spectral's #OperationObject: they spare every rule the same list of paths,
 * and know what a path pattern cannot, such as following a $ref.
 */
enum Alias {
  /** GAL's AWS settings block, under either spelling: global_config (GAL's docs) or global (GAL 1.3's loader). */
  AWS_SETTINGS("AwsSettings", false) {
    @Override
    List<Selected> starts(Scope scope) {
      List<Selected> found = new ArrayList<>();
      for (String block : List.of("global_config", "global")) {
        scope.root().member(block).flatMap(b -> b.member("aws_apigateway")).map(Selected::new).ifPresent(found::add);
      }
      return found;
    }
  },
  /** Every operation under paths/*: the methods API Gateway has, and x-amazon-apigateway-any-method. */
  OPERATION("Operation", true) {
    @Override
    List<Selected> starts(Scope scope) {
      return scope.openApi().map(document -> document.derived(OPERATIONS)).orElse(List.of());
    }
  },
  /**
   * Every operation's x-amazon-apigateway-integration, a local $ref followed;
   * an integration that several operations share is selected once, with the
   * first operation's name.
   */
  INTEGRATION("Integration", true) {
    @Override
    List<Selected> starts(Scope scope) {
      return scope.openApi().map(document -> document.derived(INTEGRATIONS)).orElse(List.of());
    }
  };

  /** The message value that names the operation of a selected node. */
  static final String OPERATION_VALUE = "operation";

  /** The HTTP methods of API Gateway; OpenAPI's trace is not one of them. */
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
      OpenApiDocument.ANY_METHOD);

  private final String name;
  private final boolean openApi;

  Alias(String name, boolean openApi) {
    this.name = name;
    this.openApi = openApi;
  }

  /** The nodes the alias stands for, in document order. */
  abstract List<Selected> starts(Scope scope);

  /** Whether the alias is for OpenAPI documents; else it is for GAL configs. */
  boolean openApi() {
    return openApi;
  }

  String written() {
    return "#" + name;
  }

  static Optional<Alias> named(String name) {
    return Arrays.stream(values()).filter(a -> a.name.equals(name)).findFirst();
  }

  /** Every alias as written, for messages. */
  static String all() {
    return String.join(", ", Arrays.stream(values()).map(Alias::written).toList());
  }

  // Each rule of a pack that starts at an alias selects the same nodes: they are selected once per document.
  private static final Derived<List<Selected>> OPERATIONS = new Derived<>(document -> operations(document).stream()
      .map(op -> new Selected(op.node(), Map.of(OPERATION_VALUE, op.label()))).toList());
  private static final Derived<List<Selected>> INTEGRATIONS = new Derived<>(Alias::integrations);

  private static List<Selected> integrations(OpenApiDocument document) {
    // By node first, and by pointer only among the places of one node (a $ref or a YAML alias shares it): hashing
    // every pointer meant building its text, which cost more than the rest of the selection.
    Map<JsonNode, List<JsonPointer>> seen = new IdentityHashMap<>();
    List<Selected> found = new ArrayList<>();
    for (OpenApiDocument.Operation op : operations(document)) {
      op.integration().ifPresent(i -> {
        List<JsonPointer> places = seen.computeIfAbsent(i.value(), n -> new ArrayList<>());
        if (!places.contains(i.pointer())) {
          places.add(i.pointer());
          found.add(new Selected(i, Map.of(OPERATION_VALUE, op.label())));
        }
      });
    }
    return List.copyOf(found);
  }

  private static List<OpenApiDocument.Operation> operations(OpenApiDocument document) {
    return document.operations().stream().filter(op -> METHODS.contains(op.method().toLowerCase(Locale.ROOT))).toList();
  }
}
