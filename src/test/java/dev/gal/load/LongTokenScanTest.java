package dev.gal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The pre-scan finds the longest scalar piece on a line, and no longer one than the parser reads. */
class LongTokenScanTest {
  private static LongTokenScan.Longest scan(String text) {
    return LongTokenScan.scan(text);
  }

  @Test
  void plainQuotedAndBlockScalarsAreMeasuredWhereTheyStart() {
    assertEquals(new LongTokenScan.Longest(10, 2, 4), scan("a: 1\nb: " + "x".repeat(10) + "\n"));
    assertEquals(new LongTokenScan.Longest(12, 1, 5), scan("a: \"" + "y".repeat(12) + "\" # note\n"));
    assertEquals(new LongTokenScan.Longest(11, 1, 5), scan("a: '" + "it''s fine." + "'\n"));
    assertEquals(new LongTokenScan.Longest(20, 3, 5), scan("a: |\n  short\n    " + "z".repeat(20) + "\nb: 1\n"));
  }

  @Test
  void flowCollectionsAreSplitIntoTheirItems() {
    String list = "items: [" + "abcde, ".repeat(1000) + "f]\n";
    assertEquals(5, scan(list).length(), "items and abcde are the longest pieces");
    String multiLine = "items: [\n  " + "\"ab\", ".repeat(500) + "\n  cd]\n";
    assertEquals(5, scan(multiLine).length());
    assertEquals(7, scan("{\"version\": \"1.0\", \"a\": [1, 2]}").length());
  }

  @Test
  void bracketsCommentsAndIndicatorsInsidePlainScalarsDoNotCutOrOpenAnything() {
    assertEquals(new LongTokenScan.Longest(20, 1, 4), scan("a: see [docs], {x} here # c\n"));
    assertEquals(new LongTokenScan.Longest(8, 1, 3), scan("- key:with # comment\n- b\n"));
    assertEquals(1, scan("- &anchor\n  a: *alias\n").length(), "anchors and aliases are no scalars");
  }

  @Test
  void onlyALineAsLongAsTheBoundIsWorthTheScan() {
    String text = "a: 1\nb: " + "x".repeat(10) + "\nc: 2";
    assertEquals(LongTokenScan.NONE, LongTokenScan.scan(text, 14), "the longest line has 13 characters");
    assertEquals(scan(text), LongTokenScan.scan(text, 13));
    assertEquals(new LongTokenScan.Longest(9, 2, 4), LongTokenScan.scan("a: 1\nb: " + "y".repeat(9), 12), "the last line counts too");
  }

  @Test
  void aQuotedScalarOverSeveralLinesIsMeasuredLineByLine() {
    assertEquals(new LongTokenScan.Longest(8, 2, 1), scan("a: \"one\n12345678\n end\"\nb: 1\n"));
  }
}
