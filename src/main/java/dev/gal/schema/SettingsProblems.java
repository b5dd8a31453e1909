package dev.gal.schema;

import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem found in gal's own settings files (lint configs and the
 * configs they extend, rule packs), collected across all checks so that one
 * run reports them all. Each comes out once, as path:line:col: message,
 * files in the order they were read and problems in the order of the text.
 */
public final class SettingsProblems {
  private record Problem(SourcePosition at, String message) {}

  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::at,
      Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Problem::message);

  private final Map<String, List<Problem>> byFile = new LinkedHashMap<>();

  /** A problem with a file as a whole, such as one that cannot be read. */
  public void add(String display, String message) {
    add(display, null, message);
  }

  public void add(String display, SourcePosition at, String message) {
    List<Problem> problems = byFile.computeIfAbsent(display, d -> new ArrayList<>());
    Problem problem = new Problem(at, message);
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }

  /** A problem with the value at {@code pointer}. */
  public void at(Document document, JsonPointer pointer, String message) {
    add(document.source().displayPath(), document.positions().locate(pointer).value().start(), message);
  }

  public void addTo(SettingsProblems other) {
    byFile.forEach((display, problems) -> problems.forEach(p -> other.add(display, p.at(), p.message())));
  }

  public boolean isEmpty() {
    return byFile.isEmpty();
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    byFile.forEach((display, problems) -> problems.stream().sorted(ORDER).forEach(p -> lines.add(p.at() == null
        ? display + ": " + p.message() : "%s:%d:%d: %s".formatted(display, p.at().line(), p.at().column(), p.message()))));
    return lines;
  }
}
