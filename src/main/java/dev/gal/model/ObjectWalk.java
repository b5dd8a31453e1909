package dev.gal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Visits every object node of a tree, depth first in document order, down to
 * a depth limit. The visitor asks for the pointer only when it needs one:
 * walks over large documents find a match in few of their nodes, so no
 * pointer is built for the others.
 */
public final class ObjectWalk {
  /** Called for each object node; {@code at} is valid during the call only. */
  @FunctionalInterface
  public interface Visitor {
    void visit(JsonNode object, Cursor at);
  }

  /** The path to the node being visited. */
  public static final class Cursor {
    private final String[] keys;
    private final int[] indexes;
    private int depth;

    private Cursor(int maxDepth) {
      keys = new String[maxDepth + 1];
      indexes = new int[maxDepth + 1];
    }

    public JsonPointer pointer() {
      JsonPointer pointer = JsonPointer.root();
      for (int i = 0; i < depth; i++) {
        pointer = keys[i] != null ? pointer.append(keys[i]) : pointer.append(indexes[i]);
      }
      return pointer;
    }
  }

  private ObjectWalk() {}

  public static void walk(JsonNode root, int maxDepth, Visitor visitor) {
    walk(root, new Cursor(maxDepth), maxDepth, visitor);
  }

  private static void walk(JsonNode node, Cursor cursor, int maxDepth, Visitor visitor) {
    int depth = cursor.depth;
    if (depth > maxDepth) {
      return;
    }
    if (node.isObject()) {
      visitor.visit(node, cursor);
      if (depth == maxDepth) {
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        cursor.keys[depth] = field.getKey();
        descend(field.getValue(), cursor, maxDepth, visitor);
      }
    } else if (node.isArray() && depth < maxDepth) {
      for (int i = 0; i < node.size(); i++) {
        cursor.keys[depth] = null;
        cursor.indexes[depth] = i;
        descend(node.get(i), cursor, maxDepth, visitor);
      }
    }
  }

  private static void descend(JsonNode child, Cursor cursor, int maxDepth, Visitor visitor) {
    if (child.isContainerNode()) {
      cursor.depth++;
      walk(child, cursor, maxDepth, visitor);
      cursor.depth--;
    }
  }
}
