package dev.gal.engine;

import dev.gal.rule.Finding;
import java.util.List;

/**
 * What --fix did to one file. The file's report is of the fixed text; this
 * keeps the report of the text as read ({@code before}), the bytes as read,
 * so that a writer can check that nobody changed the file meanwhile, and
 * each pass: the findings whose fixes it applied and the text it made.
 */
public record Fixed(FileReport before, byte[] bytesRead, List<Pass> passes) {
  /** One round of fixes that do not touch one another, and the text they gave. */
  public record Pass(List<Finding> applied, String text) {
    public Pass {
      applied = List.copyOf(applied);
    }
  }

  public Fixed {
    passes = List.copyOf(passes);
  }

  public int applied() {
    return passes.stream().mapToInt(p -> p.applied().size()).sum();
  }

  /** Whether the text differs from the text as read. */
  public boolean changed() {
    return !passes.isEmpty();
  }

  /** A UTF-8 byte order mark, which the decoded text leaves out and a rewrite must keep. */
  public boolean byteOrderMark() {
    return bytesRead.length >= 3 && (bytesRead[0] & 0xFF) == 0xEF && (bytesRead[1] & 0xFF) == 0xBB && (bytesRead[2] & 0xFF) == 0xBF;
  }
}
