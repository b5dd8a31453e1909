package dev.gal.load;

import dev.gal.model.SourceRange;

/**
 * The values one file may still hold, shared by its documents. Every value
 * costs the loader about the same whatever its size, so this, not the file's
 * bytes, bounds the time a file of many tiny keys takes to load.
 */
final class ValueBudget {
  private final long max;
  private long spent;

  ValueBudget(long max) {
    this.max = max;
  }

  /** Counts one more value, refusing the file at the first value over the limit. */
  void spend(SourceRange at) {
    if (++spent > max) {
      throw TreeBuilder.abort(LoadDiagnostics.LIMIT, "more than %d values (mappings, lists and scalars) in one file exceeds the "
          .formatted(max) + "value limit; split the file or raise --max-values", at);
    }
  }
}
