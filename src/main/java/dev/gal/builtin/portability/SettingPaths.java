package dev.gal.builtin.portability;

import dev.gal.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the nodes of a config at a schema path of UnexportedSettings: "*"
 * matches every list item, and a path under /global_config/ also matches the
 * same path under /global/, GAL's other spelling of the block.
 */
final class SettingPaths {
  private static final String GLOBAL_CONFIG = "/global_config/";

  private SettingPaths() {}

  static List<Node> find(Node root, String path) {
    List<Node> found = new ArrayList<>();
    collect(root, path.substring(1).split("/"), 0, found);
    if (path.startsWith(GLOBAL_CONFIG)) {
      collect(root, ("global/" + path.substring(GLOBAL_CONFIG.length())).split("/"), 0, found);
    }
    return found;
  }

  private static void collect(Node node, String[] segments, int index, List<Node> found) {
    if (index == segments.length) {
      if (!node.value().isNull()) {
        found.add(node);
      }
      return;
    }
    if (segments[index].equals("*")) {
      if (node.value().isArray()) {
        node.items().forEach(item -> collect(item, segments, index + 1, found));
      }
      return;
    }
    if (node.value().isObject()) {
      node.member(segments[index]).ifPresent(child -> collect(child, segments, index + 1, found));
    }
  }
}
