package dev.gal.builtin.paths;

import dev.gal.model.PathTemplate;
import java.util.ArrayList;
import java.util.List;

/** The per-path checks of the GAL path rules, for other documents with resource paths (OpenAPI). */
public final class PathChecks {
  private static final List<PathRule> CHECKS = List.of(new UnbalancedBraces(), new InvalidParameterName(),
      new DuplicateParameter(), new GreedyNotLast(), new EmptySegment(), new InvalidPathCharacters());

  private PathChecks() {}

  /** What is wrong with the path, one message per check that fails. */
  public static List<String> problems(String path) {
    PathTemplate template = PathTemplate.parse(path);
    List<String> problems = new ArrayList<>();
    for (PathRule check : CHECKS) {
      check.problem(template).ifPresent(problems::add);
    }
    return problems;
  }
}
