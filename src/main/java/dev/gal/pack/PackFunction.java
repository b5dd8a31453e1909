package dev.gal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Node;
import java.util.List;

/** One of the built-in check functions a pack rule can name. */
interface PackFunction {
  /** Checks one selected node against the rule's options. */
  List<Violation> check(Node selected, JsonNode options);
}
