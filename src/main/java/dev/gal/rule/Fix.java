package dev.gal.rule;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.JsonPointer;
import dev.gal.model.TextEdit;
import java.util.List;

/**
 * A rule's repair of one finding: the changes to the tree it means, and, once
 * the engine has located them in the source, the text edits that make them.
 * A fix is applied whole or not at all.
 */
public record Fix(List<FixChange> changes, List<TextEdit> edits) {
  public Fix {
    changes = List.copyOf(changes);
    edits = List.copyOf(edits);
  }

  public static Fix of(FixChange... changes) {
    return new Fix(List.of(changes), List.of());
  }

  public static Fix replaceValue(JsonPointer pointer, JsonNode value) {
    return of(new FixChange.ReplaceValue(pointer, value));
  }

  public static Fix renameKey(JsonPointer pointer, String name) {
    return of(new FixChange.RenameKey(pointer, name));
  }

  public static Fix appendItems(JsonPointer list, List<JsonNode> items) {
    return of(new FixChange.AppendItems(list, items));
  }

  public static Fix addMember(JsonPointer mapping, String key, JsonNode value) {
    return of(new FixChange.AddMember(mapping, key, value));
  }

  /** The same changes with the edits that make them. */
  public Fix locatedAs(List<TextEdit> located) {
    return new Fix(changes, located);
  }
}
