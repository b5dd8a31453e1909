package dev.gal.engine;

import java.util.List;

/**
 * The lint config, a rule pack, a plugin, a rule setting or a baseline of a
 * run cannot be used. Each line is one problem, for the caller to show: the
 * CLI prints them and exits 2, the language server reports them in the editor.
 */
public final class LintSetupException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  public LintSetupException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  public LintSetupException(String line) {
    this(List.of(line));
  }

  public List<String> lines() {
    return lines;
  }
}
