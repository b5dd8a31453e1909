package dev.gal.builtin.support;

import dev.gal.model.Located;
import java.util.List;

/** Facts about a list of CORS origins. */
public final class CorsOrigins {
  public static final String WILDCARD = "*";

  private CorsOrigins() {}

  public static boolean hasWildcard(List<Located<String>> origins) {
    return origins.stream().anyMatch(o -> o.value().equals(WILDCARD));
  }

  /** Whether the list allows a header, by name (case-insensitive); "*" never covers Authorization. */
  public static boolean allowsHeader(List<Located<String>> headers, String header) {
    boolean listed = headers.stream().anyMatch(h -> h.value().equalsIgnoreCase(header));
    boolean wildcard = headers.stream().anyMatch(h -> h.value().equals(WILDCARD));
    return listed || (wildcard && !header.equalsIgnoreCase("Authorization"));
  }
}
