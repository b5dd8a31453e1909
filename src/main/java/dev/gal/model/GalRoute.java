package dev.gal.model;

import java.util.List;
import java.util.Optional;

/** One entry of services[].routes[]. */
public record GalRoute(Node node, GalService service) {
  /** Every method a route without methods stands for: GAL's model, exported as ANY. */
  public static final String ANY = "ANY";

  public Optional<Located<String>> path() {
    return node.string("path_prefix");
  }

  /** The declared methods, upper-cased as written; empty when the route lists none (all methods). */
  public List<Located<String>> methods() {
    return node.strings("methods");
  }

  public boolean declaresMethods() {
    return node.member("methods").map(m -> m.value().isArray()).orElse(false);
  }

  public Optional<Node> authentication() {
    return node.object("authentication").filter(a -> !a.value().path("enabled").isBoolean()
        || a.value().get("enabled").booleanValue());
  }

  /** True when the route says authentication: {enabled: false}: the export leaves it open whatever the authorizer. */
  public boolean authenticationSwitchedOff() {
    return node.object("authentication").isPresent() && authentication().isEmpty();
  }

  /** The authentication type, with GAL's default api_key when the block has none. */
  public Optional<String> authenticationType() {
    return authentication().map(a -> a.value().path("type").asText("api_key"));
  }
}
