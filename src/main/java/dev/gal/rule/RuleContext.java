package dev.gal.rule;

import dev.gal.model.JsonPointer;

/** What a rule may do with what it finds: report it at a pointer. */
public interface RuleContext {
  /** Reports at the value that {@code pointer} names (or its nearest ancestor). */
  void report(JsonPointer pointer, String message);

  /** Reports at the key of the member that {@code pointer} names. */
  void reportKey(JsonPointer pointer, String message);

  /**
   * Reports at the value, with a fix; a rule may do so only when its
   * {@link RuleInfo#fix()} says it has one. A context that cannot apply fixes
   * reports without it, and so does the engine when it cannot find the text
   * the fix has to change.
   */
  default void report(JsonPointer pointer, String message, Fix fix) {
    report(pointer, message);
  }

  /** Reports at the key, with a fix, as {@link #report(JsonPointer, String, Fix)}. */
  default void reportKey(JsonPointer pointer, String message, Fix fix) {
    reportKey(pointer, message);
  }

  /** The rule's option values. */
  RuleOptions options();
}
