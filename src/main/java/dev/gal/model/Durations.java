package dev.gal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GAL duration strings such as "500ms", "5s", "2m", "1h". */
public final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  private Durations() {}

  public static Optional<Long> millis(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    long factor = switch (m.group(2)) {
      case "ms" -> 1;
      case "s" -> 1_000;
      case "m" -> 60_000;
      default -> 3_600_000;
    };
    String digits = m.group(1);
    // Up to 12 digits times an hour stays within a long; BigDecimal is for the rest (its class initialiser alone
    // is about 13 ms on JDK 25 in a short run).
    if (digits.length() <= 12 && digits.indexOf('.') < 0) {
      return Optional.of(Long.parseLong(digits) * factor);
    }
    BigDecimal amount = new BigDecimal(digits);
    return WholeNumbers.of(amount.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.DOWN));
  }
}
