package dev.gal.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The diff reads as diff -u writes it, and applying its hunks to the old text gives the new one. */
class UnifiedDiffTest {
  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  @Test
  void writesHunksWithThreeLinesOfContext() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";
    String after = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn";
    assertEquals("""
        --- f.yaml
        +++ f.yaml
        @@ -1,5 +1,5 @@
         a
        -b
        +B
         c
         d
         e
        @@ -11,3 +11,4 @@
         k
         l
         m
        +n
        \\ No newline at end of file
        """, UnifiedDiff.of("f.yaml", before, after));
    assertEquals("", UnifiedDiff.of("f.yaml", before, before));
  }

  @Test
  void anInsertionIntoAnEmptyFileNamesLineZero() {
    assertEquals("--- f\n+++ f\n@@ -0,0 +1 @@\n+x\n", UnifiedDiff.of("f", "", "x\n"));
  }

  @Test
  void applyingTheHunksGivesTheNewText() {
    Random random = new Random(18);
    for (int round = 0; round < 500; round++) {
      List<String> lines = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        lines.add("line " + random.nextInt(8) + (random.nextInt(5) == 0 ? "\r\n" : "\n"));
      }
      String before = String.join("", lines);
      List<String> changed = new ArrayList<>(lines);
      for (int edits = random.nextInt(4); edits > 0; edits--) {
        int at = changed.isEmpty() ? 0 : random.nextInt(changed.size());
        switch (random.nextInt(3)) {
          case 0 -> changed.add(at, "new " + random.nextInt(100) + "\n");
          case 1 -> {
            if (!changed.isEmpty()) {
              changed.remove(at);
            }
          }
          default -> {
            if (!changed.isEmpty()) {
              changed.set(at, "changed " + random.nextInt(100) + "\n");
            }
          }
        }
      }
      String after = String.join("", changed);
      if (random.nextBoolean() && after.endsWith("\n")) {
        after = after.substring(0, after.length() - 1);
      }
      assertEquals(after, patch(before, UnifiedDiff.of("f", before, after)), "diff of\n" + before + "\nand\n" + after);
    }
  }

  /** Applies a unified diff, checking that every context and removed line is where its hunk says. */
  private static String patch(String before, String diff) {
    if (diff.isEmpty()) {
      return before;
    }
    List<String> old = UnifiedDiff.lines(before);
    List<String> diffLines = UnifiedDiff.lines(diff);
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 2; i < diffLines.size(); ) {
      Matcher m = HUNK.matcher(diffLines.get(i));
      if (!m.lookingAt()) {
        throw new AssertionError("expected a hunk header: " + diffLines.get(i));
      }
      int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int oldStart = Integer.parseInt(m.group(1)) - (oldCount == 0 ? 0 : 1);
      while (next < oldStart) {
        out.append(old.get(next++));
      }
      int removedOrKept = 0;
      for (i++; i < diffLines.size() && !diffLines.get(i).startsWith("@@"); i++) {
        String line = diffLines.get(i);
        String body = line.substring(1);
        if (line.startsWith("\\")) {
          continue;
        }
        boolean noNewline = i + 1 < diffLines.size() && diffLines.get(i + 1).startsWith("\\");
        if (noNewline) {
          body = body.substring(0, body.length() - 1);
        }
        if (line.charAt(0) != '+') {
          assertEquals(old.get(next), body, "the hunk matches the old text");
          next++;
          removedOrKept++;
        }
        if (line.charAt(0) != '-') {
          out.append(body);
        }
      }
      assertEquals(oldCount, removedOrKept, "the hunk header counts its lines");
    }
    while (next < old.size()) {
      out.append(old.get(next++));
    }
    return out.toString();
  }
}
