package dev.gal.load;

import dev.gal.rule.Finding;

/** Stops loading one document; carries the finding that says why. */
final class LoadAbort extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Finding finding;

  LoadAbort(Finding finding) {
    super(finding.message(), null, false, false);
    this.finding = finding;
  }

  Finding finding() {
    return finding;
  }
}
