package dev.gal.rule;

import java.util.Locale;

/** Whether a rule can fix what it finds, and whether its fix keeps what the config does. */
public enum FixKind {
  /** The rule offers no fix. */
  NONE,
  /** The fix writes what the author evidently meant; gal lint --fix applies it. */
  SAFE,
  /** The fix changes what the deployed API does, so it needs --unsafe-fixes as well. */
  UNSAFE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
