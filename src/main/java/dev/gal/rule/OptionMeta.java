package dev.gal.rule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An option of a rule as docs and validation see it. An option whose default
 * is a whole number takes whole numbers from {@code min} to {@code max}; any
 * other takes text, one of {@code values} when the rule lists them.
 */
public record OptionMeta(String name, String defaultValue, String description, long min, long max, List<String> values) {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

  public OptionMeta {
    values = List.copyOf(values);
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
