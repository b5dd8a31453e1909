package dev.gal.pack;

import dev.gal.model.Node;
import java.util.Map;

/**
 * A node a selector picked, with the values its way there gives the message
 * template: through #Operation or #Integration, {operation}, such as GET /pets.
 */
record Selected(Node node, Map<String, String> values) {
  Selected {
    values = Map.copyOf(values);
  }

  Selected(Node node) {
    this(node, Map.of());
  }
}
