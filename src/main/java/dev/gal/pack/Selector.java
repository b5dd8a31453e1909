package dev.gal.pack;

import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON pointer pattern: each segment is a key, an index, or * for every key
 * of a mapping and every item of a list. It starts at the root, or at the
 * nodes of an {@link Alias} written first, as in #Integration/timeoutInMillis.
 * Matching walks only existing nodes, so its cost is linear in what it selects.
 */
record Selector(Optional<Alias> alias, List<String> segments, String text) {
  /** Expects a selector that {@link PackChecks} has found valid. */
  static Selector parse(String text) {
    Optional<Alias> alias = aliasName(text).map(name -> Alias.named(name)
        .orElseThrow(() -> new IllegalArgumentException("no alias #" + name)));
    String pointer = alias.isEmpty() ? text : text.substring(text.indexOf('/') < 0 ? text.length() : text.indexOf('/'));
    return new Selector(alias, JsonPointer.parse(pointer).segments(), text);
  }

  /** The name of the alias a selector starts with, as written, whether or not gal has it. */
  static Optional<String> aliasName(String text) {
    if (!text.startsWith("#")) {
      return Optional.empty();
    }
    int slash = text.indexOf('/');
    return Optional.of(text.substring(1, slash < 0 ? text.length() : slash));
  }

  List<Selected> select(Scope scope) {
    List<Selected> current = alias.map(a -> a.starts(scope)).orElse(List.of(new Selected(scope.root())));
    for (String segment : segments) {
      List<Selected> next = new ArrayList<>();
      for (Selected selected : current) {
        for (Node child : step(selected.node(), segment)) {
          next.add(new Selected(child, selected.values()));
        }
      }
      current = next;
    }
    return current;
  }

  private static List<Node> step(Node node, String segment) {
    List<Node> into = new ArrayList<>();
    if (segment.equals("*")) {
      if (node.value().isArray()) {
        into.addAll(node.items());
      } else if (node.value().isObject()) {
        node.value().fieldNames().forEachRemaining(name -> node.member(name).ifPresent(into::add));
      }
    } else if (node.value().isObject()) {
      node.member(segment).ifPresent(into::add);
    } else if (node.value().isArray() && segment.matches("\\d+")) {
      int index = Integer.parseInt(segment);
      if (index < node.value().size()) {
        into.add(new Node(node.value().get(index), node.pointer().append(index)));
      }
    }
    return into;
  }
}
