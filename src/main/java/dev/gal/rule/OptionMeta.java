package dev.gal.rule;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An option of a rule as docs and validation see it. An option whose default
 * is a whole number takes whole numbers from {@code min} to {@code max}; any
 * other takes text, one of {@code values} when the rule lists them.
 * {@code sameAs} names another rule's option, ID.name, whose user-set value
 * this one takes unless set itself; empty when the option stands alone.
 */
public record OptionMeta(String name, String defaultValue, String description, long min, long max, List<String> values,
    String sameAs) {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

  public OptionMeta {
    values = List.copyOf(values);
    sameAs = sameAs == null ? "" : sameAs;
  }

  public OptionMeta(String name, String defaultValue, String description, long min, long max, List<String> values) {
    this(name, defaultValue, description, min, max, values, "");
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

  public boolean takesWholeNumbers() {
    return WHOLE_NUMBER.matcher(defaultValue).matches();
  }

  public boolean accepts(String value) {
    if (!takesWholeNumbers()) {
      return values.isEmpty() || values.contains(value);
    }
    try {
      long number = Long.parseLong(value.trim());
      return number >= min && number <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** What the option accepts, in words, such as "a whole number from 29000 to 300000". */
  public String accepted() {
    if (!takesWholeNumbers()) {
      return values.isEmpty() ? "any text" : "one of " + String.join(", ", values);
    }
    boolean fromMin = min != Long.MIN_VALUE;
    boolean toMax = max != Long.MAX_VALUE;
    if (fromMin && toMax) {
      return "a whole number from %d to %d".formatted(min, max);
    }
    return fromMin ? "a whole number of at least " + min : toMax ? "a whole number of at most " + max : "a whole number";
  }
}
