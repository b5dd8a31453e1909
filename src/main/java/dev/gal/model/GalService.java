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
}
