package dev.gal.builtin.cors;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.builtin.support.CorsOrigins;
import java.util.ArrayList;
import java.util.List;

/**
 * A route whose cors block asks for credentials, with the origins that block
 * allows (its own allowed_origins, else the global ones).
 */
record CredentialedRoute(Located<Boolean> credentials, List<Located<String>> origins) {
  static List<CredentialedRoute> of(GalConfig config) {
    List<CredentialedRoute> found = new ArrayList<>();
    for (GalRoute route : config.routes()) {
      route.node().object("cors").filter(CredentialedRoute::enabled).ifPresent(cors -> cors.bool("allow_credentials")
          .filter(Located::value).ifPresent(credentials -> found.add(new CredentialedRoute(credentials,
              cors.has("allowed_origins") ? cors.strings("allowed_origins") : config.awsSettings().corsOrigins()))));
    }
    return found;
  }

  boolean anyOrigin() {
    return CorsOrigins.hasWildcard(origins);
  }

  private static boolean enabled(Node cors) {
    return cors.bool("enabled").map(Located::value).orElse(true);
  }
}
