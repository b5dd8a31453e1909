package dev.gal.pack;

import dev.gal.model.Node;
import java.util.List;

/** One of the built-in check functions a pack rule can name, bound to the rule's options. */
interface PackFunction {
  /** Checks one selected node. */
  List<Violation> check(Node selected);
}
