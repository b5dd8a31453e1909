package dev.gal.model;

import java.util.List;
import java.util.Optional;

/** One entry of services[]. */
public record GalService(Node node, int index) {
  public Optional<Located<String>> name() {
    return node.string("name");
  }

  public Optional<Located<String>> protocol() {
    return node.string("protocol");
  }

  public Optional<Node> upstream() {
    return node.object("upstream");
  }

  public List<GalRoute> routes() {
    return node.items("routes").stream().filter(r -> r.value().isObject()).map(r -> new GalRoute(r, this)).toList();
  }

  /** The name for messages: the service's name, or its position. */
  public String label() {
    return name().map(Located::value).orElse("services[" + index + "]");
  }

  /**
   * The stage variable that gal export --stage-variables reads this service's
   * backend from. Stage variable names allow letters, digits and underscores
   * only, so every other character becomes '_'.
   */
  public String stageVariableName() {
    return label().replaceAll("[^A-Za-z0-9_]", "_") + "_upstream";
  }

  /** The request model the export writes for the service's required fields; model names must be alphanumeric. */
  public String requestModelName() {
    String base = label().replaceAll("[^A-Za-z0-9]", "");
    return (base.isEmpty() ? "Service" + index : Character.toUpperCase(base.charAt(0)) + base.substring(1)) + "Request";
  }

  /** transformation.validation.required_fields, when the transformation is on and lists any. */
  public Optional<Node> requiredFields() {
    return node.object("transformation")
        .filter(t -> !t.value().path("enabled").isBoolean() || t.value().get("enabled").booleanValue())
        .flatMap(t -> t.object("validation")).flatMap(v -> v.member("required_fields"))
        .filter(f -> f.value().isArray() && !f.value().isEmpty());
  }
}
