package dev.gal.config;

import dev.gal.schema.SettingsProblems;

/**
 * A lint config that cannot be used. It carries the config as far as it could
 * be read, so that the problems of its rule settings, which need the rules of
 * the run, can be added to the same report.
 */
public final class LintConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient SettingsProblems problems;
  private final transient LintConfig partial;

  public LintConfigException(SettingsProblems problems, LintConfig partial) {
    super(String.join("\n", problems.lines()));
    this.problems = problems;
    this.partial = partial;
  }

  /** The problems found so far; more may be added before they are reported. */
  public SettingsProblems problems() {
    return problems;
  }

  /** The config without the parts that were broken. */
  public LintConfig partial() {
    return partial;
  }
}
