package dev.gal.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Known findings, by fingerprint: rule id, file, JSON pointer and a hash of
 * the offending value. Line numbers are left out, so inserting lines or
 * re-indenting keeps every entry. Entries are sorted, one per line, so the
 * file diffs well.
 */
public final class Baseline {
  /** One known finding. */
  public record Entry(String rule, String file, String pointer, String hash) {
    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparing(Entry::rule)
        .thenComparing(Entry::pointer).thenComparing(Entry::hash);
  }

  private final Map<Entry, Integer> remaining = new HashMap<>();
  private final List<Entry> all;

  public Baseline(List<Entry> entries) {
    this.all = entries.stream().sorted(Entry.ORDER).toList();
    all.forEach(e -> remaining.merge(e, 1, Integer::sum));
  }

  public static Baseline read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.path("entries").isArray()) {
      throw new IOException(file + " is not a gal baseline (no entries list)");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode e : root.path("entries")) {
      entries.add(new Entry(e.path("rule").asText(), e.path("file").asText(), e.path("pointer").asText(), e.path("hash").asText()));
    }
    return new Baseline(entries);
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

  /** Entries no finding matched: problems that were fixed. */
  public synchronized List<Entry> unmatched() {
    List<Entry> left = new ArrayList<>();
    remaining.forEach((e, n) -> {
      for (int i = 0; i < n; i++) {
        left.add(e);
      }
    });
    left.sort(Entry.ORDER);
    return left;
  }

  public static void write(List<Entry> entries, Writer out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Entry> sorted = entries.stream().sorted(Entry.ORDER).toList();
    out.write("{\n  \"formatVersion\": 1,\n  \"entries\": [");
    for (int i = 0; i < sorted.size(); i++) {
      Entry e = sorted.get(i);
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("rule", e.rule());
      fields.put("file", e.file());
      fields.put("pointer", e.pointer());
      fields.put("hash", e.hash());
      out.write(i == 0 ? "\n    " : ",\n    ");
      out.write(mapper.writeValueAsString(fields));
    }
    out.write(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
  }
}
