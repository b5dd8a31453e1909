package dev.gal.openapi.structure;

import dev.gal.model.JsonPointer;
import java.util.Arrays;

/**
 * The place the walk is at, as a stack of keys. A JSON pointer is built only
 * for a problem: on a 12 MB document the walk visits about a million nodes and
 * finds a handful of problems, and a pointer per node was most of its cost.
 */
final class Cursor {
  private String[] keys = new String[32];
  private int depth;
  /** The pointer last built, valid until the next push or pop: several problems of one object share it. */
  private JsonPointer built;

  void push(String key) {
    if (depth == keys.length) {
      keys = Arrays.copyOf(keys, depth * 2);
    }
    keys[depth++] = key;
    built = null;
  }

  void pop() {
    depth--;
    built = null;
  }

  int depth() {
    return depth;
  }

  JsonPointer pointer() {
    if (built == null) {
      JsonPointer pointer = JsonPointer.root();
      for (int i = 0; i < depth; i++) {
        pointer = pointer.append(keys[i]);
      }
      built = pointer;
    }
    return built;
  }
}
