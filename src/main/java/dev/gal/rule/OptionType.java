package dev.gal.rule;

import java.util.Locale;

/** What a rule option takes; a rule declares it, so nothing about an option is guessed from its default. */
public enum OptionType {
  /** Any text. */
  STRING,
  /** A whole number from the option's min to its max. */
  INTEGER,
  /** One of the option's values. */
  ENUM;

  /** The type as gal rules --format json names it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
