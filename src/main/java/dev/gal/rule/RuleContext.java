package dev.gal.rule;

import dev.gal.model.JsonPointer;

/** What a rule may do with what it finds: report it at a pointer. */
public interface RuleContext {
  /** Reports at the value that {@code pointer} names (or its nearest ancestor). */
  void report(JsonPointer pointer, String message);

  /** Reports at the key of the member that {@code pointer} names. */
  void reportKey(JsonPointer pointer, String message);

  /** The rule's option values. */
  RuleOptions options();
}
