package dev.gal.pack;

import java.util.List;

/** A rule pack that cannot be used; each problem reads path:line:col: message. */
public final class RulePackException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public RulePackException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
