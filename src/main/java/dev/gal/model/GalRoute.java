package dev.gal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** timeout.read: how long the route waits for its backend, the one GAL timeout API Gateway has a counterpart for. */
  public Optional<Located<String>> readTimeout() {
    return node.object("timeout").flatMap(t -> t.string("read"));
  }

  /** A header the route adds or sets to a fixed value, with the pointer of that value. */
  public record StaticHeader(String name, String value, JsonPointer pointer) {}

  /**
   * The headers of headers.request_add and request_set, or of response_add and
   * response_set (direction "request" or "response"). Header names are case
   * insensitive, so a set entry replaces an add entry of the same name.
   */
  public List<StaticHeader> staticHeaders(String direction) {
    Map<String, StaticHeader> headers = new LinkedHashMap<>();
    node.object("headers").ifPresent(block -> {
      for (String key : List.of(direction + "_add", direction + "_set")) {
        block.object(key).ifPresent(map -> map.value().fieldNames().forEachRemaining(name -> map.string(name).ifPresent(value ->
            headers.put(name.toLowerCase(Locale.ROOT), new StaticHeader(name, value.value(), value.pointer())))));
      }
    });
    return List.copyOf(headers.values());
  }
}
