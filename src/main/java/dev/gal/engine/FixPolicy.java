package dev.gal.engine;

import dev.gal.rule.Finding;
import dev.gal.rule.FixKind;

/** Which findings' fixes a --fix run applies. */
@FunctionalInterface
public interface FixPolicy {
  /** The fixes that keep what the config does. */
  FixPolicy SAFE = finding -> finding.rule().fix() == FixKind.SAFE;
  /** Every fix, those that change what the deployed API does included (--unsafe-fixes). */
  FixPolicy UNSAFE_TOO = finding -> finding.rule().fix() != FixKind.NONE;

  boolean applies(Finding finding);
}
