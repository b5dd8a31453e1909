package dev.gal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines end at \n, \r\n or a lone \r, in any mix, as editors count them. */
class SourceTextTest {
  @Test
  void everyLineBreakEndsALine() {
    SourceText text = new SourceText("t.yaml", "a\nb\r\nc\rd\r\r\ne\n");
    assertEquals("a", text.line(1));
    assertEquals("b", text.line(2));
    assertEquals("c", text.line(3));
    assertEquals("d", text.line(4));
    assertEquals("", text.line(5));
    assertEquals("e", text.line(6));
    assertEquals("", text.line(7));
    assertEquals("", text.line(8));
  }

  @Test
  void positionsCountLinesAsLineDoes() {
    SourceText text = new SourceText("t.yaml", "ab\r\ncd\ref");
    assertEquals(new SourcePosition(2, 2), text.position(5));
    assertEquals(new SourcePosition(3, 1), text.position(7));
    assertEquals(7, text.offset(new SourcePosition(3, 1)));
    assertEquals(-1, text.offset(new SourcePosition(4, 1)));
  }

  @Test
  void aWordMayBeHeldAsWrittenOrBehindAnEscape() {
    assertTrue(new SourceText("a.json", "{\"$ref\": \"#/a\"}").mayHold("$ref"));
    assertFalse(new SourceText("a.json", "{\"ref\": \"a\\\\u0024\"}").mayHold("$ref"), "an escaped backslash escapes nothing");
    assertTrue(new SourceText("a.json", "{\"\\u0024ref\": \"#/a\"}").mayHold("$ref"));
    assertTrue(new SourceText("a.yaml", "\"\\x24ref\": a").mayHold("$ref"));
    assertTrue(new SourceText("a.yaml", "? \"$r\\\n  ef\"\n: a").mayHold("$ref"), "an escaped line break joins the lines");
    assertFalse(new SourceText("a.yaml", "pattern: \"^\\\\d+$\"\nref: a\n").mayHold("$ref"));
  }

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

  private static int scannedLineEnd(CharSequence text, int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }
}
