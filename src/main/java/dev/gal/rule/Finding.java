package dev.gal.rule;

import dev.gal.model.JsonPointer;
import dev.gal.model.SourceRange;
import java.util.Comparator;

/**
 * One problem at one place in one file. The pointer is null where there is no
 * tree to point into, such as a syntax error. The fingerprint hashes the
 * offending value (not its line), for baselines; the engine fills it in.
 */
public record Finding(RuleMeta rule, Severity severity, String message, SourceRange range, JsonPointer pointer,
    String fingerprint) {
  public static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::range)
      .thenComparing(f -> f.rule().id())
      .thenComparing(Finding::message);

  public static Finding of(RuleMeta rule, String message, SourceRange range, JsonPointer pointer) {
    return new Finding(rule, rule.severity(), message, range, pointer, null);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, message, range, pointer, fingerprint);
  }

  public Finding withFingerprint(String newFingerprint) {
    return new Finding(rule, severity, message, range, pointer, newFingerprint);
  }

  public String pointerText() {
    return pointer == null ? null : pointer.toString();
  }
}
