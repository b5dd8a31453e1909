package dev.gal.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the different keys of a document that share a String hash code.
 * Such keys can be chosen at will ("Aa" and "BB" share one, and so does every
 * string made of them), and a file of thousands of them makes any hash table
 * keyed by something built from the key, such as json-schema-validator's set
 * of messages, quadratic. Honest files have no more than a handful per code.
 */
final class CollidingKeys {
  static final int MAX_SHARED = 64;

  // HashSet and HashMap keep colliding String and Integer keys in trees, so this count stays cheap.
  private final Set<String> seen = new HashSet<>();
  private final Map<Integer, Integer> keysPerHash = new HashMap<>();

  /** Records the key; true when more than MAX_SHARED different keys now share its hash code. */
  boolean tooMany(String key) {
    return seen.add(key) && keysPerHash.merge(key.hashCode(), 1, Integer::sum) > MAX_SHARED;
  }
}
