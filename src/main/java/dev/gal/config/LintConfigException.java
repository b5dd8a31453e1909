package dev.gal.config;

import java.util.List;

/** A lint config that cannot be used; each problem reads path:line:col: message. */
public final class LintConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public LintConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
