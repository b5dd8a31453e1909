package dev.gal.suppress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known findings, by fingerprint: rule id, file, JSON pointer and a hash of
 * the offending value. Line numbers are left out, so inserting lines or
 * re-indenting keeps every entry. Files are named relative to the baseline's
 * folder, so the current directory does not matter.
 */
public final class Baseline {
  /** One known finding. */
  public record Entry(String rule, String file, String pointer, String hash) {
    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparing(Entry::rule)
        .thenComparing(Entry::pointer).thenComparing(Entry::hash);
  }

  private final Path folder;
  private final List<Entry> all;
  private final Map<Entry, Integer> remaining = new HashMap<>();

  /** A baseline whose file names are relative to {@code folder}. */
  public Baseline(Path folder, List<Entry> entries) {
    this.folder = folder.toAbsolutePath().normalize();
    this.all = entries.stream().sorted(Entry.ORDER).toList();
    all.forEach(e -> remaining.merge(e, 1, Integer::sum));
  }

  /** The name this baseline gives to a file. */
  public String fileKey(Path file) {
    return BaselineKeys.fileKey(folder, file);
  }

  /** Takes one matching entry, if any is left. */
  public synchronized boolean consume(Entry entry) {
    Integer count = remaining.get(entry);
    if (count == null) {
      return false;
    }
    if (count == 1) {
      remaining.remove(entry);
    } else {
      remaining.put(entry, count - 1);
    }
    return true;
  }

  /**
   * Entries of files the run covered that no finding matched: problems that
   * were fixed. An entry of a file the run did not lint says nothing either way.
   */
  public synchronized List<Entry> fixed(BaselineScope scope) {
    List<Entry> left = new ArrayList<>();
    remaining.forEach((e, n) -> {
      for (int i = 0; i < n; i++) {
        left.add(e);
      }
    });
    left.sort(Entry.ORDER);
    return left.stream().filter(e -> scope.covers(fileOf(e))).toList();
  }

  /** Entries of files the run did not cover, which rewriting the baseline keeps. */
  public List<Entry> outside(BaselineScope scope) {
    return all.stream().filter(e -> !scope.covers(fileOf(e))).toList();
  }

  private Path fileOf(Entry entry) {
    return folder.resolve(entry.file()).normalize();
  }
}
