package dev.gal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  @Test
  void readsEverySpellingOfAWholeNumber() {
    assertEquals(Optional.of(30000L), WholeNumbers.of(NODES.numberNode(30000)));
    assertEquals(Optional.of(35000L), WholeNumbers.of(NODES.numberNode(new BigDecimal("3.5e4"))));
    assertEquals(Optional.of(30000L), WholeNumbers.of(NODES.numberNode(new BigDecimal("30000.000"))));
    assertEquals(Optional.of(0L), WholeNumbers.of(NODES.numberNode(new BigDecimal("0E-12"))));
    assertEquals(Optional.of(Long.MIN_VALUE), WholeNumbers.of(NODES.numberNode(Long.MIN_VALUE)));
    assertEquals(Optional.of(-7L), WholeNumbers.of(NODES.numberNode(-7)));
  }

  @Test
  void durationsReadAsMillisecondsWhateverTheirLength() {
    assertEquals(Optional.of(30_000L), Durations.millis("30s"));
    assertEquals(Optional.of(1_500L), Durations.millis("1.5s"));
    assertEquals(Optional.of(999_999_999_999L * 3_600_000), Durations.millis("999999999999h"));
    assertEquals(Optional.of(Long.MAX_VALUE), Durations.millis("9999999999999h"));
    assertEquals(Optional.of(Long.MAX_VALUE), Durations.millis("99999999999999999999999ms"));
    assertEquals(Optional.empty(), Durations.millis("30 seconds"));
  }

  @Test
  void refusesFractionsAndNonNumbers() {
    assertEquals(Optional.empty(), WholeNumbers.of(NODES.numberNode(new BigDecimal("29000.5"))));
    assertEquals(Optional.empty(), WholeNumbers.of(NODES.numberNode(new BigDecimal("1e-999999999"))));
    assertEquals(Optional.empty(), WholeNumbers.of(NODES.numberNode(Double.NaN)));
    assertEquals(Optional.empty(), WholeNumbers.of(NODES.textNode("30000")));
  }

  @Test
  void saturatesInsteadOfWrappingAround() {
    assertEquals(Optional.of(Long.MAX_VALUE), WholeNumbers.of(NODES.numberNode(new BigDecimal("1e999999999"))));
    assertEquals(Optional.of(Long.MIN_VALUE), WholeNumbers.of(NODES.numberNode(new BigDecimal("-1e999999999"))));
    assertEquals(Optional.of(Long.MAX_VALUE),
        WholeNumbers.of(NODES.numberNode(BigInteger.TEN.pow(40))));
  }
}
