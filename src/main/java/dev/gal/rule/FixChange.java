package dev.gal.rule;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.JsonPointer;
import java.util.List;

/**
 * One change of a fix, said in terms of the tree, as a rule sees it; the
 * engine finds the text that makes it. Values are written in the style of
 * what is around them (quotes, flow or block).
 */
public sealed interface FixChange {
  /** The node every edit of the change is inside of, or next to. */
  JsonPointer pointer();

  /** Replaces the scalar at {@code pointer} with {@code value}. */
  record ReplaceValue(JsonPointer pointer, JsonNode value) implements FixChange {}

  /** Renames the key of the member at {@code pointer} to {@code name}. */
  record RenameKey(JsonPointer pointer, String name) implements FixChange {}

  /** Appends {@code items} to the list at {@code pointer}. */
  record AppendItems(JsonPointer pointer, List<JsonNode> items) implements FixChange {
    public AppendItems {
      items = List.copyOf(items);
    }
  }

  /** Adds the member {@code key: value} at the end of the mapping at {@code pointer}. */
  record AddMember(JsonPointer pointer, String key, JsonNode value) implements FixChange {}
}
