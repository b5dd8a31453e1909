package dev.gal.pack;

import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON pointer pattern: each segment is a key, an index, or * for every key
 * of a mapping and every item of a list. Matching walks only existing nodes,
 * so its cost is linear in what it selects.
 */
record Selector(List<String> segments, String text) {
  static Selector parse(String text) {
    return new Selector(JsonPointer.parse(text).segments(), text);
  }

  List<Node> select(Node root) {
    List<Node> current = List.of(root);
    for (String segment : segments) {
      List<Node> next = new ArrayList<>();
      for (Node node : current) {
        if (segment.equals("*")) {
          expandAll(node, next);
        } else if (node.value().isObject()) {
          node.member(segment).ifPresent(next::add);
        } else if (node.value().isArray() && segment.matches("\\d+")) {
          int index = Integer.parseInt(segment);
          if (index < node.value().size()) {
            next.add(new Node(node.value().get(index), node.pointer().append(index)));
          }
        }
      }
      current = next;
    }
    return current;
  }

  private static void expandAll(Node node, List<Node> into) {
    if (node.value().isArray()) {
      into.addAll(node.items());
    } else if (node.value().isObject()) {
      node.value().fieldNames().forEachRemaining(name -> node.member(name).ifPresent(into::add));
    }
  }
}
