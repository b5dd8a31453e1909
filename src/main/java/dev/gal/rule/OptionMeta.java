package dev.gal.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An option of a rule as docs and validation see it. An INTEGER option takes whole numbers from {@code min} to
 * {@code max}, an ENUM option one of {@code values}, a STRING option any text. {@code sameAs} names another rule's
 * option, ID.name, whose user-set value this one takes unless set itself; empty when the option stands alone.
 */
public record OptionMeta(String name, OptionType type, String defaultValue, String description, long min, long max,
    List<String> values, String sameAs) {

  public OptionMeta {
    Objects.requireNonNull(type);
    values = List.copyOf(values);
    sameAs = sameAs == null ? "" : sameAs;
  }

  static OptionMeta of(RuleOption declared) {
    return new OptionMeta(declared.name(), declared.type(), declared.defaultValue(), declared.description(), declared.min(),
        declared.max(), List.of(declared.values()), declared.sameAs());
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

  public boolean accepts(String value) {
    return switch (type) {
      case STRING -> true;
      case ENUM -> values.contains(value);
      case INTEGER -> inRange(value);
    };
  }

  private boolean inRange(String value) {
    try {
      long number = Long.parseLong(value.trim());
      return number >= min && number <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** What the option accepts, in words, such as "a whole number from 29000 to 300000". */
  public String accepted() {
    return switch (type) {
      case STRING -> "any text";
      case ENUM -> "one of " + String.join(", ", values);
      case INTEGER -> range();
    };
  }

  private String range() {
    boolean fromMin = min != Long.MIN_VALUE;
    boolean toMax = max != Long.MAX_VALUE;
    if (fromMin && toMax) {
      return "a whole number from %d to %d".formatted(min, max);
    }
    return fromMin ? "a whole number of at least " + min : toMax ? "a whole number of at most " + max : "a whole number";
  }

  /**
   * What is wrong with the declaration, if anything: a range or values the type has no use for, or a default the
   * option itself would refuse. A rule with such an option is not registered, so no user value is checked against
   * a declaration that contradicts itself.
   */
  public Optional<String> declarationProblem() {
    if ((min != Long.MIN_VALUE || max != Long.MAX_VALUE) && type != OptionType.INTEGER) {
      return Optional.of("only an integer option has min or max");
    }
    if (type == OptionType.ENUM && values.isEmpty()) {
      return Optional.of("an enum option lists its values");
    }
    if (type != OptionType.ENUM && !values.isEmpty()) {
      return Optional.of("only an enum option lists values");
    }
    if (min > max) {
      return Optional.of("min %d is above max %d".formatted(min, max));
    }
    if (!sameAs.isEmpty() && sameAsRule().isEmpty()) {
      return Optional.of("sameAs '%s' is not ID.name".formatted(sameAs));
    }
    return accepts(defaultValue) ? Optional.empty()
        : Optional.of("its default '%s' is not %s".formatted(defaultValue, accepted()));
  }

  /** Whether a user's value for {@code other} suits this option as well: the same type, default, range and values. */
  public boolean declaredAlike(OptionMeta other) {
    return type == other.type && defaultValue.equals(other.defaultValue) && min == other.min && max == other.max
        && values.equals(other.values);
  }
}
