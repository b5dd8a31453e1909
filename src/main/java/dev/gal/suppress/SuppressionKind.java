package dev.gal.suppress;

/** Where a suppression is written, as SARIF names it. */
public enum SuppressionKind {
  /** In the linted file: a comment directive or x-gal-lint-ignore. */
  IN_SOURCE("inSource"),
  /** Outside it: the lint config's ignore list or a baseline. */
  EXTERNAL("external");

  private final String sarifName;

  SuppressionKind(String sarifName) {
    this.sarifName = sarifName;
  }

  public String sarifName() {
    return sarifName;
  }
}
