package dev.gal.model;

import java.util.Locale;
import java.util.Optional;

/** Finds the known word a typo most likely meant, for "did you mean" hints. */
public final class ClosestMatch {
  private ClosestMatch() {}

  public static Optional<String> among(String typed, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowered = typed.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      int distance = distance(lowered, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, typed.length() / 3);
    return best != null && bestDistance <= allowed && !best.equals(typed) ? Optional.of(best) : Optional.empty();
  }

  /**
   * The suggestion of {@link #among}, only when no other known word is as
   * close: a fix may act on it without guessing.
   */
  public static Optional<String> unique(String typed, Iterable<String> known) {
    Optional<String> best = among(typed, known);
    if (best.isEmpty()) {
      return best;
    }
    String lowered = typed.toLowerCase(Locale.ROOT);
    int bestDistance = distance(lowered, best.get().toLowerCase(Locale.ROOT));
    int ties = 0;
    for (String candidate : known) {
      if (distance(lowered, candidate.toLowerCase(Locale.ROOT)) == bestDistance) {
        ties++;
      }
    }
    return ties == 1 ? best : Optional.empty();
  }

  /** Levenshtein distance with two rows; inputs are short keys, so this is cheap. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
