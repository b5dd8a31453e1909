package dev.gal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void lineEndAgreesWithAScanForEveryOffsetAndLineBreak() {
    Random random = new Random(17);
    String alphabet = "ab \n\r";
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      SourceText source = new SourceText("t.yaml", text.toString());
      for (int offset = 0; offset <= text.length() + 1; offset++) {
        assertEquals(scannedLineEnd(text, offset), source.lineEnd(offset), "offset " + offset + " of " + text.toString()
            .replace("\r", "\\r").replace("\n", "\\n"));
      }
    }
  }

  @Test
  void linesOfAllThreeBreaks() {
    SourceText source = new SourceText("t.yaml", "a\r\nbb\rccc\n\nd");
    assertEquals("a", source.line(1));
    assertEquals("bb", source.line(2));
    assertEquals("ccc", source.line(3));
    assertEquals("", source.line(4));
    assertEquals("d", source.line(5));
    assertEquals("", source.line(6));
  }

  private static int scannedLineEnd(CharSequence text, int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }
}
