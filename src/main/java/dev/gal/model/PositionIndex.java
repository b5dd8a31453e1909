package dev.gal.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps JSON pointers to source locations. Nodes reached through a YAML alias
 * or merge key are not copied into the index: a redirect sends their pointer
 * prefix to the place the anchored text really is.
 *
 * <p>Loading adds one entry per node, so entries are packed into arrays: a
 * node is an id with its parent's id, its segment (the tree's own key string)
 * and four positions, and an open-addressing table finds a child by parent
 * and segment. A large document's index then costs tens of bytes per node
 * rather than a pointer string and a handful of objects.
 */
public final class PositionIndex {
  /** The parent id of the root node. */
  public static final int NO_PARENT = -1;
  private static final int MAX_REDIRECT_HOPS = 64;
  private static final int SPANS = 4;
  private static final int MAX_PROBES = 32;
  private static final int WINDOW_FULL = -1;
  private static final int KEY_START = 0;
  private static final int VALUE_START = 2;

  private int size;
  private int[] parents = new int[16];
  private String[] segments = new String[16];
  /** Four packed positions per node; 0 means not known, since positions are 1-based. */
  private long[] spans = new long[16 * SPANS];
  /** Node id + 1 per slot, 0 for a free slot. */
  private int[] slots = new int[32];
  private final Map<String, String> redirects = new HashMap<>();
  /** The pointers that redirects lead to, built on first use once loading has added them all. */
  private volatile java.util.Set<String> redirectTargets;
  /**
   * Nodes that found no slot within MAX_PROBES of their home slot. Keys can be
   * chosen to share a String hash code ("Aa" and "BB" do); a file of such keys
   * would make linear probing quadratic. They go here instead, where HashMap
   * keeps colliding comparable keys in a tree.
   */
  private final Map<Overflow, Integer> overflow = new HashMap<>();
  /** Which ids live in the overflow map, so that a rehash skips them without a lookup. */
  private final BitSet overflowIds = new BitSet();
  /** One bit per low hash bits of the overflow's nodes: most lookups then need not consult the map. */
  private final long[] overflowFilter = new long[64];

  private record Overflow(int parent, String segment) implements Comparable<Overflow> {
    @Override
    public int compareTo(Overflow o) {
      return parent != o.parent ? Integer.compare(parent, o.parent) : segment.compareTo(o.segment);
    }
  }

  /** The id of the node at {@code segment} below {@code parent}; a repeated key gets its first id back. */
  public int node(int parent, String segment) {
    int hash = hash(parent, segment);
    int found = probe(hash, parent, segment);
    if (found >= 0) {
      return found;
    }
    int existing = inOverflow(hash, parent, segment);
    return existing >= 0 ? existing : add(parent, segment, found == WINDOW_FULL ? -1 : -(found + 2));
  }

  /** The id of the array item {@code index} below {@code parent}. */
  public int item(int parent, int index) {
    return node(parent, IndexSegments.of(index));
  }

  public void key(int id, SourceRange range) {
    set(id, KEY_START, range);
  }

  public void value(int id, SourceRange range) {
    set(id, VALUE_START, range);
  }

  /** The key range of the member {@code segment} of {@code parent}, or null when it has none. */
  public SourceRange keyRange(int parent, String segment) {
    int id = find(parent, segment);
    return id < 0 ? null : range(id, KEY_START);
  }

  /** The pointer of a node id, built by walking up its parents. */
  public JsonPointer pointer(int id) {
    int depth = 0;
    for (int at = id; parents[at] != NO_PARENT; at = parents[at]) {
      depth++;
    }
    String[] path = new String[depth];
    for (int at = id, i = depth - 1; i >= 0; at = parents[at], i--) {
      path[i] = segments[at];
    }
    JsonPointer pointer = JsonPointer.root();
    for (String segment : path) {
      pointer = pointer.append(segment);
    }
    return pointer;
  }

  /** Everything below {@code from} is found where {@code to} is. */
  public void redirect(JsonPointer from, JsonPointer to) {
    if (!from.equals(to)) {
      redirects.put(from.toString(), to.toString());
      redirectTargets = null;
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
    JsonPointer current = pointer;
    for (int hop = 0; hop < MAX_REDIRECT_HOPS; hop++) {
      NodeLocation found = located(current);
      if (found != null) {
        return found;
      }
      String rewritten = applyRedirect(current.toString());
      if (rewritten == null) {
        return null;
      }
      current = JsonPointer.parse(rewritten);
    }
    return null;
  }

  /**
   * Whether the text at {@code pointer} also stands elsewhere in the tree: the
   * node is reached through an alias or merge key, or it or an ancestor is
   * the anchored node that one refers to. Editing such text changes every
   * place that shares it.
   */
  public boolean shared(JsonPointer pointer) {
    if (redirects.isEmpty()) {
      return false;
    }
    if (located(pointer) == null) {
      return true;
    }
    if (redirectTargets == null) {
      redirectTargets = new java.util.HashSet<>(redirects.values());
    }
    java.util.Set<String> targets = redirectTargets;
    for (JsonPointer at = pointer; ; at = at.parent()) {
      if (targets.contains(at.toString()) || redirects.containsKey(at.toString())) {
        return true;
      }
      if (at.isRoot()) {
        return false;
      }
    }
  }

  private String applyRedirect(String key) {
    if (redirects.isEmpty()) {
      return null;
    }
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

  private NodeLocation located(JsonPointer pointer) {
    int id = find(NO_PARENT, "");
    for (int i = 0; id >= 0 && i < pointer.depth(); i++) {
      id = find(id, pointer.segments().get(i));
    }
    if (id < 0 || spans[id * SPANS + VALUE_START] == 0) {
      return null;
    }
    return new NodeLocation(range(id, KEY_START), range(id, VALUE_START));
  }

  private int find(int parent, String segment) {
    int hash = hash(parent, segment);
    int found = probe(hash, parent, segment);
    return found >= 0 ? found : inOverflow(hash, parent, segment);
  }

  /**
   * Looks for the node in its window of MAX_PROBES slots: its id, or
   * -(slot + 2) for the free slot where it would go, or WINDOW_FULL.
   */
  private int probe(int hash, int parent, String segment) {
    int mask = slots.length - 1;
    int slot = hash & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      int id = slots[slot] - 1;
      if (id < 0) {
        return -(slot + 2);
      }
      if (parents[id] == parent && segments[id].equals(segment)) {
        return id;
      }
    }
    return WINDOW_FULL;
  }

  private int add(int parent, String segment, int slot) {
    if (size == parents.length) {
      parents = Arrays.copyOf(parents, size * 2);
      segments = Arrays.copyOf(segments, size * 2);
      spans = Arrays.copyOf(spans, size * 2 * SPANS);
    }
    int id = size++;
    parents[id] = parent;
    segments[id] = segment;
    if (slot >= 0) {
      slots[slot] = id + 1;
    } else {
      toOverflow(id);
    }
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  /** Doubles the table; nodes in the overflow map stay there, since find looks there last. */
  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      if (overflowIds.get(id)) {
        continue;
      }
      int slot = hash(parents[id], segments[id]) & mask;
      int probe = 0;
      while (slots[slot] != 0 && probe < MAX_PROBES) {
        slot = (slot + 1) & mask;
        probe++;
      }
      if (probe < MAX_PROBES) {
        slots[slot] = id + 1;
      } else {
        toOverflow(id);
      }
    }
  }

  private void toOverflow(int id) {
    overflow.put(new Overflow(parents[id], segments[id]), id);
    overflowIds.set(id);
    int bit = hash(parents[id], segments[id]) & (overflowFilter.length * 64 - 1);
    overflowFilter[bit >>> 6] |= 1L << bit;
  }

  /** The id of the node in the overflow map, or -1. */
  private int inOverflow(int hash, int parent, String segment) {
    int bit = hash & (overflowFilter.length * 64 - 1);
    if ((overflowFilter[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    return overflow.getOrDefault(new Overflow(parent, segment), -1);
  }

  /** Murmur3's finalizer over the segment's hash and the parent id, so that linear probing sees few clusters. */
  private static int hash(int parent, String segment) {
    int h = segment.hashCode() * 0x9E3779B9 + parent;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  private void set(int id, int field, SourceRange range) {
    int at = id * SPANS + field;
    spans[at] = range == null ? 0 : pack(range.start());
    spans[at + 1] = range == null ? 0 : pack(range.end());
  }

  private SourceRange range(int id, int field) {
    int at = id * SPANS + field;
    return spans[at] == 0 ? null : new SourceRange(unpack(spans[at]), unpack(spans[at + 1]));
  }

  private static long pack(SourcePosition position) {
    return ((long) position.line() << 32) | position.column();
  }

  private static SourcePosition unpack(long packed) {
    return new SourcePosition((int) (packed >>> 32), (int) packed);
  }

  /** Array indexes as segments, with the common small ones made once. */
  private static final class IndexSegments {
    private static final String[] SMALL = new String[1024];

    static String of(int index) {
      if (index >= SMALL.length) {
        return Integer.toString(index);
      }
      String cached = SMALL[index];
      if (cached == null) {
        cached = Integer.toString(index);
        SMALL[index] = cached;
      }
      return cached;
    }
  }
}
