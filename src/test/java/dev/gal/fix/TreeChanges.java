package dev.gal.fix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.JsonPointer;
import dev.gal.rule.FixChange;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes a fix's changes on a tree, independently of the text edits: what a
 * document must parse to after the fix.
 */
final class TreeChanges {
  private TreeChanges() {}

  static void apply(JsonNode root, FixChange change) {
    JsonPointer pointer = change.pointer();
    JsonNode parent = root.at(pointer.parent().toString());
    String last = pointer.lastSegment();
    if (change instanceof FixChange.ReplaceValue replace) {
      if (parent instanceof ObjectNode object) {
        object.set(last, replace.value());
      } else {
        ((ArrayNode) parent).set(Integer.parseInt(last), replace.value());
      }
    } else if (change instanceof FixChange.RenameKey rename) {
      ObjectNode object = (ObjectNode) parent;
      Map<String, JsonNode> members = new LinkedHashMap<>();
      object.fields().forEachRemaining(e -> members.put(e.getKey().equals(last) ? rename.name() : e.getKey(), e.getValue()));
      object.removeAll();
      object.setAll(members);
    } else if (change instanceof FixChange.AppendItems append) {
      append.items().forEach(((ArrayNode) root.at(pointer.toString()))::add);
    } else {
      FixChange.AddMember add = (FixChange.AddMember) change;
      ((ObjectNode) root.at(pointer.toString())).set(add.key(), add.value());
    }
  }
}
