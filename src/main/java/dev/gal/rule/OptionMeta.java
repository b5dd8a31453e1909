package dev.gal.rule;

import java.util.Optional;

/**
 * An option of a rule as docs and validation see it. {@code sameAs} names
 * another rule's option, ID.name, whose user-set value this one takes unless
 * set itself; empty when the option stands alone.
 */
public record OptionMeta(String name, String defaultValue, String description, String sameAs) {
  public OptionMeta {
    sameAs = sameAs == null ? "" : sameAs;
  }

  public OptionMeta(String name, String defaultValue, String description) {
    this(name, defaultValue, description, "");
  }

  /** The rule id of {@code sameAs}, when given. */
  public Optional<String> sameAsRule() {
    int dot = sameAs.lastIndexOf('.');
    return dot < 1 ? Optional.empty() : Optional.of(sameAs.substring(0, dot));
  }

  /** The option name of {@code sameAs}, when given. */
  public Optional<String> sameAsOption() {
    int dot = sameAs.lastIndexOf('.');
    return dot < 1 ? Optional.empty() : Optional.of(sameAs.substring(dot + 1));
  }
}
