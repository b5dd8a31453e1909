package dev.gal.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps JSON pointers to source locations. Nodes reached through a YAML alias
 * or merge key are not copied into the index: a redirect sends their pointer
 * prefix to the place the anchored text really is.
 */
public final class PositionIndex {
  private static final int MAX_REDIRECT_HOPS = 64;

  private final Map<String, NodeLocation> locations = new HashMap<>();
  private final Map<String, String> redirects = new HashMap<>();

  public void put(JsonPointer pointer, NodeLocation location) {
    locations.put(pointer.toString(), location);
  }

  /** Everything below {@code from} is found where {@code to} is. */
  public void redirect(JsonPointer from, JsonPointer to) {
    if (!from.equals(to)) {
      redirects.put(from.toString(), to.toString());
    }
  }

  /** The location of {@code pointer}, or of its nearest ancestor that exists. */
  public NodeLocation locate(JsonPointer pointer) {
    JsonPointer current = pointer;
    while (true) {
      NodeLocation found = exact(current);
      if (found != null || current.isRoot()) {
        return found != null ? found : new NodeLocation(null, SourceRange.FILE_START);
      }
      current = current.parent();
    }
  }

  /** The location of exactly {@code pointer}, or null. */
  public NodeLocation exact(JsonPointer pointer) {
    String key = pointer.toString();
    for (int hop = 0; hop < MAX_REDIRECT_HOPS; hop++) {
      NodeLocation found = locations.get(key);
      if (found != null) {
        return found;
      }
      String rewritten = applyRedirect(key);
      if (rewritten == null) {
        return null;
      }
      key = rewritten;
    }
    return null;
  }

  private String applyRedirect(String key) {
    String prefix = key;
    while (true) {
      String target = redirects.get(prefix);
      if (target != null) {
        return target + key.substring(prefix.length());
      }
      int slash = prefix.lastIndexOf('/');
      if (slash < 0) {
        return null;
      }
      prefix = prefix.substring(0, slash);
    }
  }
}
