package dev.gal.fix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two texts, as diff -u writes it with three lines of
 * context, so that patch -p0 and git apply read it. Lines keep their own line
 * breaks; a last line without one is marked "\ No newline at end of file".
 * Lines are compared with Myers' algorithm after the common head and tail are
 * cut off, so a few fixes in a large file cost little.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  /** Beyond this many differing lines the middle is shown as replaced whole, which is still a correct diff. */
  private static final int MAX_EDIT_DISTANCE = 20_000;

  private UnifiedDiff() {}

  /** The diff of the file {@code name}, or "" when the texts are equal. */
  public static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Op> ops = script(a, b);
    StringBuilder out = new StringBuilder("--- ").append(name).append('\n').append("+++ ").append(name).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == ' ') {
        i++;
        continue;
      }
      int from = Math.max(0, i - CONTEXT);
      int to = i;
      // A hunk runs on while the next change is within twice the context of the last one.
      while (to < ops.size()) {
        int next = to;
        while (next < ops.size() && ops.get(next).kind == ' ') {
          next++;
        }
        if (next == ops.size() || next - to > 2 * CONTEXT) {
          to = Math.min(ops.size(), to + CONTEXT);
          break;
        }
        to = next + 1;
        while (to < ops.size() && ops.get(to).kind != ' ') {
          to++;
        }
      }
      hunk(out, ops.subList(from, to));
      i = to;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Op> ops) {
    int aStart = ops.get(0).aLine;
    int bStart = ops.get(0).bLine;
    int aCount = (int) ops.stream().filter(o -> o.kind != '+').count();
    int bCount = (int) ops.stream().filter(o -> o.kind != '-').count();
    out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
    for (Op op : ops) {
      out.append(op.kind).append(op.line);
      if (!op.line.endsWith("\n") && !op.line.endsWith("\r")) {
        out.append("\n\\ No newline at end of file\n");
      }
    }
  }

  /** "start,count" with 1-based start; an empty range names the line before it, as diff -u does. */
  private static String range(int zeroBasedStart, int count) {
    int start = count == 0 ? zeroBasedStart : zeroBasedStart + 1;
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  /** One line of the edit script: ' ' kept, '-' removed, '+' added, with its 0-based line in each text. */
  private record Op(char kind, String line, int aLine, int bLine) {}

  private static List<Op> script(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      ops.add(new Op(' ', a.get(i), i, i));
    }
    middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head, head, ops);
    for (int i = 0; i < tail; i++) {
      int ai = a.size() - tail + i;
      int bi = b.size() - tail + i;
      ops.add(new Op(' ', a.get(ai), ai, bi));
    }
    return ops;
  }

  /** Myers' greedy O((N+M)D) algorithm, keeping each step's furthest reaching paths to trace the script back. */
  private static void middle(List<String> a, List<String> b, int aOffset, int bOffset, List<Op> ops) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    List<int[]> trace = new ArrayList<>();
    int[] v = new int[3];
    int found = -1;
    for (int d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE) && found < 0; d++) {
      int[] next = new int[2 * d + 3];
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && at(v, k - 1, d - 1) < at(v, k + 1, d - 1))) {
          x = at(v, k + 1, d - 1);
        } else {
          x = at(v, k - 1, d - 1) + 1;
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        next[k + d + 1] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
      trace.add(next);
      v = next;
    }
    if (found < 0) {
      for (int i = 0; i < n; i++) {
        ops.add(new Op('-', a.get(i), aOffset + i, bOffset));
      }
      for (int j = 0; j < m; j++) {
        ops.add(new Op('+', b.get(j), aOffset + n, bOffset + j));
      }
      return;
    }
    List<Op> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] previous = trace.get(d - 1);
      int k = x - y;
      boolean down = k == -d || (k != d && at(previous, k - 1, d - 1) < at(previous, k + 1, d - 1));
      int prevK = down ? k + 1 : k - 1;
      int prevX = at(previous, prevK, d - 1);
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
        reversed.add(new Op(' ', a.get(x), aOffset + x, bOffset + y));
      }
      if (down) {
        y--;
        reversed.add(new Op('+', b.get(y), aOffset + x, bOffset + y));
      } else {
        x--;
        reversed.add(new Op('-', a.get(x), aOffset + x, bOffset + y));
      }
    }
    while (x > 0 && y > 0) {
      x--;
      y--;
      reversed.add(new Op(' ', a.get(x), aOffset + x, bOffset + y));
    }
    for (int i = reversed.size() - 1; i >= 0; i--) {
      ops.add(reversed.get(i));
    }
  }

  /** The furthest x on diagonal k after step d, from an array centred on k = 0. */
  private static int at(int[] v, int k, int d) {
    int index = k + d + 1;
    return index >= 0 && index < v.length ? v[index] : 0;
  }

  /** The lines of a text, each with its line break (\n, \r\n or \r). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return Arrays.asList(lines.toArray(String[]::new));
  }
}
