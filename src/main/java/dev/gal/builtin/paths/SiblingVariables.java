package dev.gal.builtin.paths;

import dev.gal.model.PathTemplate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the variable child of each resource across paths: API Gateway
 * allows one, so /orders/{id} and /orders/{orderId} conflict.
 */
public final class SiblingVariables {
  private final Map<String, String> variableChild = new HashMap<>();

  /** The conflict this path adds, if any, described for a message. */
  public Optional<String> add(String path) {
    StringBuilder parent = new StringBuilder();
    for (String segment : PathTemplate.parse(path).segments()) {
      if (PathTemplate.isVariable(segment)) {
        String previous = variableChild.putIfAbsent(parent.toString(), segment);
        if (previous != null && !previous.equals(segment)) {
          return Optional.of("puts %s under %s, where another path has %s; a resource has one variable child, so use one name"
              .formatted(segment, parent.length() == 0 ? "/" : parent, previous));
        }
      }
      parent.append('/').append(segment);
    }
    return Optional.empty();
  }
}
